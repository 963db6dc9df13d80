FROM python:3.12-slim AS dev
WORKDIR /work

FROM python:3.12-slim AS runtime
COPY --from=dev /work /app
