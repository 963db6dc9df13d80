FROM alpine AS build
RUN echo hi

FROM build AS out
COPY --from=build /a /b
