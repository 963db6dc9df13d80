# builder compiles the app
# stagecraft: role=dev
FROM golang:1.22 AS builder
RUN go build -o /app .

FROM scratch
COPY --from=builder /app /app
