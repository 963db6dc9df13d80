# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
ARG ALPINE_VERSION=3.20

# xx is a helper for cross-compilation
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4 AS xx

# builder compiles the binary
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS builder
COPY --from=xx / /
ARG TARGETPLATFORM
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,source=.,target=/src \
    xx-go build -o /out/app ./cmd/app

FROM builder AS test
RUN --mount=type=cache,target=/root/.cache/go-build go test ./...

# stagecraft: role=debugging
FROM golang:${GO_VERSION}-alpine AS debug
RUN go install github.com/go-delve/delve/cmd/dlv@latest
COPY --from=1 /out/app /app

FROM alpine:${ALPINE_VERSION}
COPY --from=builder /out/app /usr/local/bin/app
ENTRYPOINT ["app"]
