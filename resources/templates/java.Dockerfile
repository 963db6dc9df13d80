# A Java service: Maven and the JDK build the jar, the runtime image has only a JRE.
# Build the image: docker build -t app .
# Debug (JDWP):    docker build --target debugging -t app-debug . && docker run -p 5005:5005 app-debug

# stagecraft: role=dev
# dev has Maven and the JDK and packages the application jar
FROM maven:3.9-eclipse-temurin-21 AS dev
WORKDIR /src
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests && cp target/*.jar /app.jar

# stagecraft: role=debugging
# debugging runs the jar on the JDK with the JDWP agent listening on port 5005
FROM dev AS debugging
EXPOSE 5005
CMD ["java", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005", "-jar", "/app.jar"]

# stagecraft: role=runtime
# runtime is a JRE, not a JDK, with only the jar, run as a non-root user
FROM eclipse-temurin:21-jre-alpine AS runtime
WORKDIR /app
COPY --from=dev /app.jar /app/app.jar
USER 1000:1000
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
