FROM debian:bookworm AS base
RUN apt-get update

FROM base AS tools
RUN apt-get install -y curl

FROM tools AS app
COPY --from=tools /etc/os-release /tmp/
