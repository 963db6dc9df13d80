# syntax=docker/dockerfile:1
ARG PY=3.12

# compile compiles the wheels
FROM python:${PY}-alpine AS compile
WORKDIR /src
COPY . .
RUN pip wheel -w /wheels .

# test runs the suite
FROM compile AS test
RUN pytest

FROM python:${PY}-alpine AS runtime
COPY --from=compile /wheels /wheels
RUN --mount=type=cache,target=/builder,from=compile pip install /wheels/*
ENTRYPOINT ["app"]
