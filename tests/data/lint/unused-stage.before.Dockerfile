FROM golang:1.22 AS builder
RUN go build -o /app .

# an old experiment
FROM debian:12
RUN apt-get update

FROM alpine:3.20 AS runtime
COPY --from=builder /app /app
