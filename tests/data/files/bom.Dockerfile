FROM alpine AS base
FROM base
