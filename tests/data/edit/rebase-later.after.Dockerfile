FROM golang:1.22 AS tools
RUN go install example.com/tool@latest

FROM tools AS app
RUN echo app

FROM app AS final
