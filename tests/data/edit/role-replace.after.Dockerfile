# stagecraft: role=debugging
FROM alpine AS tools
RUN apk add gdb
