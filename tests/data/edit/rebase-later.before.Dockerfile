FROM alpine AS app
RUN echo app

FROM golang:1.22 AS tools
RUN go install example.com/tool@latest

FROM app AS final
