FROM golang:1.22 AS test
RUN --mount=from=deps,target=/deps go test ./...

# deps downloads the modules
FROM golang:1.22 AS deps
RUN go mod download

FROM alpine:3.20 AS runtime
COPY --from=deps /go /go
