# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22

# build compiles a static binary
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,source=.,target=. \
    CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM build AS test
RUN go test ./...

# stagecraft: role=debugging
FROM golang:${GO_VERSION}-alpine AS debug
RUN go install github.com/go-delve/delve/cmd/dlv@latest
COPY --from=build /out/app /app

# runtime ships only the binary
FROM scratch AS runtime
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
