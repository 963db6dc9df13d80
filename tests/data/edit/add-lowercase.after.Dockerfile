from alpine as base
run echo hi

from base as app

from base as tools
