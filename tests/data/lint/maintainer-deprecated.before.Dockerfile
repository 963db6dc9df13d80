FROM alpine:3.20
MAINTAINER Jane "JD" Doe <jane@example.com>
RUN true
