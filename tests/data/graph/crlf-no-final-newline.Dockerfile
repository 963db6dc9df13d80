FROM alpine AS dev
RUN apk add git \

  make
# stagecraft: role=runtime
FROM dev AS ship
CMD ["sh"]