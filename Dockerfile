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
# /app stays root-owned (the code is read-only for the app); only the data folder belongs to the app's user.
RUN useradd --system --uid 1001 --home-dir /app/data shangliang \
 && mkdir -p /app/data && chown 1001:1001 /app/data && chmod 700 /app/data
WORKDIR /app
COPY --from=build --chown=1001 /src/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001 /src/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001 /src/target/quarkus-app/app/ app/
COPY --from=build --chown=1001 /src/target/quarkus-app/quarkus/ quarkus/
# AppCDS (issue 17): record the classes a start loads, with this image's own JVM and the class path the app runs
# with ("-jar quarkus-run.jar" in /app); Quarkus only runs its static init for that (no database, no data folder).
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
 && chmod 444 app-cds.jsa
USER 1001
# MariaDB's installer gives the socket admin account to $USER (root when unset); the embedded server's first start
# logs in through that socket as this user to create the app's database user.
ENV USER=shangliang
EXPOSE 8080
# The embedded MariaDB, the JWT keys, the generated identity salt and the one-time setup token live here.
VOLUME /app/data
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/9000 && printf "GET /q/health/ready HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200"'
# Run (scripts/image-start-check runs this same start sequence in CI):
#   docker run -d -p 8080:8080 -v shangliang-data:/app/data -e SHANGLIANG_COMMUNITY_IDENTITY_SALT=<long random secret> shangliang
# then read the one-time setup token with `docker logs` (or from /app/data/setup-token) and open /setup.
# Production: point at an external MariaDB and shared JWT keys (see docs/operations.md), e.g.
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:mariadb://db:3306/shangliang QUARKUS_DATASOURCE_USERNAME=… QUARKUS_DATASOURCE_PASSWORD=…
#   SMALLRYE_JWT_SIGN_KEY_LOCATION=/keys/jwt-private.pem MP_JWT_VERIFY_PUBLICKEY_LOCATION=/keys/jwt-public.pem
#   SHANGLIANG_COMMUNITY_IDENTITY_SALT=…
ENV QUARKUS_PROFILE=prod \
    SHANGLIANG_DATA_DIR=/app/data \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75 -Xms32m -XX:+UseSerialGC -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
# Serial GC: one or two cores and a small heap (less memory than G1 at the same work); the AppCDS archive cuts the
# class loading of every start (docs/benchmarks.md, issue 17). Run from /app: the archive matches "quarkus-run.jar".
# -Xms32m: a small first heap, grown as needed, so the start's garbage is collected in a small young generation
# instead of touching 1/64 of the host's memory (RSS after start 369 -> 293 MB); the limit stays MaxRAMPercentage,
# which the count of a large estate needs.
CMD ["sh", "-c", "cd /app && exec java $JAVA_OPTS_APPEND -Duser.home=/app/data -jar quarkus-run.jar"]
