FROM --platform=$BUILDPLATFORM golang:1.22 AS builder
RUN go build -o /app .

FROM alpine:3.20 AS runtime
COPY --from=builder /app /app
