# One image per service, built from the reactor's Boot jar:
#   mvn -DskipTests install && docker build --build-arg MODULE=venue-service -t orientation/venue-service .
FROM eclipse-temurin:25-jre
ARG MODULE
RUN useradd --system --uid 10001 orientation
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar /app/app.jar
USER orientation
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
