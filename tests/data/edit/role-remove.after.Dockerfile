# tools has the debugger
FROM alpine AS tools
RUN apk add gdb
