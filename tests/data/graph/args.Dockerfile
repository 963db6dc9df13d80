ARG REGISTRY=docker.io
ARG IMAGE=library/alpine
ARG TAG
ARG VARIANT=${TAG:-latest}
FROM ${REGISTRY}/${IMAGE}:${VARIANT} AS base
FROM --platform=linux/arm64 base AS arm
FROM ${UNDECLARED:-busybox}
