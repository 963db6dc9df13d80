FROM alpine:3.20 AS runtime
COPY app /app
# the real command
CMD ["/app"]
