from golang:1.22 AS builder
run go build -o /app .
