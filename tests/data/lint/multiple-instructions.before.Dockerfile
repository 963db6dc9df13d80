FROM alpine:3.20 AS runtime
COPY app /app
CMD ["/app", "--old"]
# the real command
CMD ["/app"]
