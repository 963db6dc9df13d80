# b is independent
FROM alpine AS b
RUN echo b

FROM alpine AS a
RUN echo a

FROM a AS c
