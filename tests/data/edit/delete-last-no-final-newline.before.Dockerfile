FROM alpine AS a
RUN echo a

FROM a AS b
RUN echo b