# A Go service compiled to a static binary that runs on distroless (no shell, no libc).
# Build the image:  docker build -t app .
# Debug with Delve: docker build --target debugging -t app-debug . && docker run -p 2345:2345 app-debug

# stagecraft: role=dev
# dev has the Go toolchain, downloads the modules and compiles a static binary
FROM golang:1.24-bookworm AS dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# stagecraft: role=debugging
# debugging builds without optimisations and runs the binary under Delve
FROM dev AS debugging
RUN go install github.com/go-delve/delve/cmd/dlv@latest
RUN CGO_ENABLED=0 go build -gcflags="all=-N -l" -o /out/app-debug .
EXPOSE 2345
CMD ["dlv", "exec", "/out/app-debug", "--headless", "--listen=:2345", "--api-version=2", "--accept-multiclient"]

# stagecraft: role=runtime
# runtime ships only the binary on distroless static, as a non-root user
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=dev /out/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
