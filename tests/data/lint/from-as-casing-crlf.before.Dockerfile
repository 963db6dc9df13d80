FROM golang:1.22 as builder
RUN go build -o /app .
