FROM alpine:3.20 AS runtime
run apk add --no-cache curl
COPY app /app
ENTRYPOINT ["/app"]
