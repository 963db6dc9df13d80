FROM alpine AS a
RUN echo a

# b is independent
FROM alpine AS b
RUN echo b

FROM a AS c
