FROM alpine AS b
RUN echo b

FROM alpine AS a