# A Rust service: cargo builds a release binary, the runtime image is distroless with libc.
# Build the image: docker build -t app .
# Debug with gdb:  docker build --target debugging -t app-debug . && docker run -it --cap-add=SYS_PTRACE app-debug

# stagecraft: role=dev
# dev has the Rust toolchain and compiles the release binary (with cached registry and target)
FROM rust:1.86-slim-bookworm AS dev
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked && cp target/release/app /usr/local/bin/app

# stagecraft: role=debugging
# debugging adds gdb and a debug build with symbols
FROM dev AS debugging
RUN apt-get update && apt-get install -y --no-install-recommends gdb && rm -rf /var/lib/apt/lists/*
RUN cargo build --locked && cp target/debug/app /usr/local/bin/app-debug
CMD ["gdb", "/usr/local/bin/app-debug"]

# stagecraft: role=runtime
# runtime ships only the binary on distroless with glibc, as a non-root user
FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
COPY --from=dev /usr/local/bin/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
