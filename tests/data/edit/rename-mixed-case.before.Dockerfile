FROM golang:1.22 AS Builder
RUN go build -o /out/app ./...

FROM alpine:3.20
COPY --from=BUILDER /out/app /usr/local/bin/app
RUN --mount=type=bind,from=builder,target=/b ls /b

# FROM is case-sensitive: this is the (invalid) image "Builder", not the stage
FROM Builder AS broken
