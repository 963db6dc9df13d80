FROM alpine AS base
RUN echo hi

FROM base AS app

FROM base AS tools