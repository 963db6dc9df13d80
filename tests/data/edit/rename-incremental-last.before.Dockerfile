FROM debian:bookworm AS base
RUN apt-get update

FROM base AS base
RUN apt-get install -y curl

FROM base AS app
COPY --from=base /etc/os-release /tmp/
