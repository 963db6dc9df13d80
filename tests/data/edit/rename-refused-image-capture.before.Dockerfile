FROM golang:1.22 AS build
RUN go build -o /app .

FROM alpine
COPY --from=cache /data /data
COPY --from=build /app /app
