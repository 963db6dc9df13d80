FROM alpine AS b
FROM alpine AS a
FROM alpine
COPY --from=1 /x /x
COPY --from=0 /y /y
