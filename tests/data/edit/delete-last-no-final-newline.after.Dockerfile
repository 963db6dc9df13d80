FROM alpine AS a
RUN echo a