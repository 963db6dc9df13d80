FROM alpine:3.20 AS base
RUN apk add git

# the image "alpine" above, the stage "alpine" below
FROM base AS alpine
RUN git --version

FROM alpine
COPY --from=alpine /etc/os-release /tmp/
COPY --from=node:20 /usr/local/bin/node /usr/local/bin/node
