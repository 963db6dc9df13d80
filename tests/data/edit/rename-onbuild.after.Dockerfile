FROM alpine AS static
RUN mkdir /assets

FROM node:20 AS base
ONBUILD COPY --from=static /assets /assets
ONBUILD RUN --mount=type=bind,from=static,target=/a ls /a

FROM base AS app
RUN npm ci
