FROM alpine AS a
FROM alpine AS b
FROM alpine
COPY --from=0 /x /x
COPY --from=1 /y /y
