FROM alpine:3.20 AS app
