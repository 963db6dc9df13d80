# builder compiles the app
FROM golang:1.22 AS Builder
RUN go build -o /app .

FROM alpine:3.20 AS runtime
COPY --from=builder /app /app
