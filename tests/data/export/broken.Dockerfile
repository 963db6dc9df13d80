FROM golang:1.22 AS Build
RUN go build
FROM build AS later
COPY --from=missing /x /y
FROM alpine AS out
COPY --from=later /bin/app /app
RUN <<EOF
echo never ends
