FROM debian:bookworm AS os
RUN apt-get update

FROM os AS base
RUN apt-get install -y curl

FROM base AS app
COPY --from=base /etc/os-release /tmp/
