FROM python:3.12-alpine AS dev
WORKDIR /work
FROM alpine:3.20 AS extra
FROM python:3.12-alpine AS debugging
RUN pip install debugpy
FROM dev AS runtime
COPY ./src/ /app
