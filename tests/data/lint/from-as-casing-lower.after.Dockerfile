from golang:1.22 as builder
run go build -o /app .
