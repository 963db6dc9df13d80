FROM alpine AS a
RUN echo ÿþ
