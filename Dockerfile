# Build: the Maven wrapper inside a JDK image; run: the quarkus-app layers on a JRE, as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY migrations migrations
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home-dir /app shangliang
WORKDIR /app
COPY --from=build --chown=1001 /src/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001 /src/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001 /src/target/quarkus-app/app/ app/
COPY --from=build --chown=1001 /src/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080
# Production: point at an external MariaDB and shared JWT keys (see docs/operations.md), e.g.
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:mariadb://db:3306/shangliang QUARKUS_DATASOURCE_USERNAME=… QUARKUS_DATASOURCE_PASSWORD=…
#   SMALLRYE_JWT_SIGN_KEY_LOCATION=/keys/jwt-private.pem MP_JWT_VERIFY_PUBLICKEY_LOCATION=/keys/jwt-public.pem
#   SHANGLIANG_COMMUNITY_IDENTITY_SALT=…
ENV QUARKUS_PROFILE=prod \
    SHANGLIANG_DATA_DIR=/app/data \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
CMD ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
