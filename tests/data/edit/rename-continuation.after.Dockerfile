FROM \
    golang:1.22 \
    AS compile
RUN go build \
    -o /app .

FROM scratch
COPY \
    --from=compile \
    /app /app
