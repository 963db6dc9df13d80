FROM alpine AS a

FROM alpine AS b
RUN echo b