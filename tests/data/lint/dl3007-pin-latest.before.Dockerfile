FROM node:22-alpine AS build
RUN npm ci

FROM node:latest AS runtime
COPY --from=build /app /app
