FROM alpine AS b
FROM alpine
COPY --from=0 /x /x
