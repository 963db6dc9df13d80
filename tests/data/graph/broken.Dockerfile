RUN echo before from
FROM Builder AS 1st
FROM later AS early
COPY --from=later /x /y
COPY --from=7 /x /y
COPY --from=$STAGE /x /y
FROM alpine AS later
COPY --from=later /self /self
FROM alpine AS later
RUN <<EOF
echo never ends
