FROM node:22-alpine AS build
RUN npm ci

FROM node:22-alpine AS runtime
COPY --from=build /app /app
