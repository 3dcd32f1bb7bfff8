# Production image: the Vaadin production bundle is built here (Vaadin fetches its own Node.js if the
# build image has none), then the jar runs on a JRE against the PostgreSQL that docker-compose.yml starts.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
RUN ./mvnw --batch-mode --no-transfer-progress -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home redline
USER redline
WORKDIR /app
COPY --from=build /build/target/redline-*.jar app.jar
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=production
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
