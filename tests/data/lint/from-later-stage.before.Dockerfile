FROM base AS app
RUN make

FROM alpine:3.20 AS base
RUN apk add make

FROM app AS runtime
