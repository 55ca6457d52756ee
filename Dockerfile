# syntax=docker/dockerfile:1
# One image per service, built from the sources (no host build needed): docker-compose.yml builds each with
#   docker build --build-arg MODULE=venue-service -t orientation/venue-service:0.1.0-SNAPSHOT .
# MODULE is one of the reactor's Boot modules: gateway, web, venue-service, referral-service, notification-service.

# ---- 1. build: the module and the modules it depends on (Maven reactor), tests skipped (CI runs them) ----------
FROM maven:3.9-eclipse-temurin-25 AS build
ARG MODULE
WORKDIR /src
# .dockerignore keeps target/, .state*, .git, node_modules … out of the context
COPY . .
# the local repository in a BuildKit cache: dependencies are downloaded once per builder, not per build
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" && test -f "$MODULE/pom.xml" \
    && mvn -B -q -Dmaven.test.skip=true -pl "$MODULE" -am package \
    && jar="$(ls "$MODULE"/target/"$MODULE"-*.jar | grep -v -e '-classes\.jar$' -e '-sources\.jar$')" \
    && test "$(printf '%s\n' "$jar" | wc -l)" = 1 \
    && cp "$jar" /app.jar

# ---- 2. layers: the Boot jar split by how often each part changes (Spring Boot's jarmode tools) -----------------
FROM eclipse-temurin:25-jre AS layers
WORKDIR /layers
COPY --from=build /app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- 3. runtime: JRE only, non-root, layers from the least to the most often changed -----------------------------
FROM eclipse-temurin:25-jre
ARG MODULE
LABEL org.opencontainers.image.title="orientation/${MODULE}"
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin orientation
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# Memory: docker-compose.yml sets JAVA_TOOL_OPTIONS with the container's limit in mind; this default only keeps a
# container started by hand within its limit.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=55 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
