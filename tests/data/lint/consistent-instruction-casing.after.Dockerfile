FROM alpine:3.20 AS runtime
RUN apk add --no-cache curl
COPY app /app
ENTRYPOINT ["/app"]
