FROM alpine AS a
FROM alpine AS mid
FROM alpine AS b
FROM alpine
COPY --from=2 /x /x
COPY --from=0 /y /y
