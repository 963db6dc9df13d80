FROM alpine:3.19 AS assets
RUN mkdir /assets && echo hi > /assets/a.txt

FROM node:20 AS toolbox
ONBUILD COPY --from=assets /assets /assets

FROM toolbox AS site
RUN --mount=type=bind,from=assets,target=/mnt ls /mnt
RUN --mount=type=cache,target=/cache,from=toolbox true

FROM nginx:1.27 AS final
COPY --from=site /srv /usr/share/nginx/html
COPY --from=0 /assets /extra
