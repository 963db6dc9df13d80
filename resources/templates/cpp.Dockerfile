# A C/C++ program built with CMake; the runtime image has the binary and its C++ runtime only.
# Build the image: docker build -t app .
# Debug with gdb:  docker build --target debugging -t app-debug . && docker run -it --cap-add=SYS_PTRACE app-debug

# stagecraft: role=dev
# dev has the compilers and CMake and builds the release binary
FROM debian:bookworm-slim AS dev
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake ninja-build \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build \
    && cmake --install build --prefix /out

# stagecraft: role=debugging
# debugging adds gdb and valgrind and a build with debug symbols
FROM dev AS debugging
RUN apt-get update && apt-get install -y --no-install-recommends gdb valgrind \
    && rm -rf /var/lib/apt/lists/*
RUN cmake -S . -B build-debug -G Ninja -DCMAKE_BUILD_TYPE=Debug && cmake --build build-debug
CMD ["gdb", "build-debug/app"]

# stagecraft: role=runtime
# runtime ships only the binary on distroless with glibc and libstdc++, as a non-root user
FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
COPY --from=dev /out/bin/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
