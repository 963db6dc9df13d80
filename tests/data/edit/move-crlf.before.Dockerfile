# syntax=docker/dockerfile:1
ARG PY=3.12

# builder compiles the wheels
FROM python:${PY}-alpine AS builder
WORKDIR /src
COPY . .
RUN pip wheel -w /wheels .

# test runs the suite
FROM builder AS test
RUN pytest

FROM python:${PY}-alpine AS runtime
COPY --from=builder /wheels /wheels
RUN --mount=type=cache,target=/builder,from=builder pip install /wheels/*
ENTRYPOINT ["app"]
