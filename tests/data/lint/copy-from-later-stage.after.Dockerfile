# builder compiles the app
FROM golang:1.22 AS builder
RUN go build -o /app .

# test runs the unit tests against the built binary
FROM golang:1.22 AS test
COPY --from=builder /app /app
RUN go test ./...

FROM alpine:3.20 AS runtime
COPY --from=builder /app /app
