# stagecraft: role=dev
FROM alpine AS tools
RUN apk add gdb
