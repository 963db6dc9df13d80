FROM alpine AS a
FROM a AS b
RUN x
