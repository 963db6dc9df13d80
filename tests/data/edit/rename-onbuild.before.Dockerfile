FROM alpine AS assets
RUN mkdir /assets

FROM node:20 AS base
ONBUILD COPY --from=assets /assets /assets
ONBUILD RUN --mount=type=bind,from=assets,target=/a ls /a

FROM base AS app
RUN npm ci
