package cn.shangliang.attachment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.shangliang.common.item.ItemKind;
import cn.shangliang.discussion.DiscussionTestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The application with {@code shangliang.attachment.storage=s3} against a real S3-compatible server
 * ({@link S3ProxyServer} on 127.0.0.1): what it stores lands in the bucket (not the data folder) and another
 * instance's client reads it; what another instance stored (its bytes in the bucket, its row in the shared
 * database) this instance serves.
 */
@QuarkusTest
@TestProfile(AttachmentS3Test.S3Storage.class)
class AttachmentS3Test {

    public static class S3Storage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3Resource.class));
        }
    }

    /** Starts S3Proxy before the application and points its storage at it. */
    public static class S3Resource implements QuarkusTestResourceLifecycleManager {
        static S3ProxyServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = S3ProxyServer.start(Files.createTempDirectory("s3proxy"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("shangliang.attachment.storage", "s3",
                    "shangliang.attachment.s3.endpoint", server.endpoint().toString(),
                    "shangliang.attachment.s3.bucket", S3ProxyServer.BUCKET,
                    "shangliang.attachment.s3.region", S3ProxyServer.REGION,
                    "shangliang.attachment.s3.access-key", S3ProxyServer.ACCESS,
                    "shangliang.attachment.s3.secret-key", S3ProxyServer.SECRET);
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Inject
    DiscussionTestData data;

    @ConfigProperty(name = "shangliang.data-dir")
    String dataDir;

    @Test
    void anUploadLandsInTheBucketAndAnotherInstanceReadsIt() throws Exception {
        DiscussionTestData.Place place = data.place();
        byte[] pdf = TestFiles.PDF;
        long id = given().auth().oauth2(place.proposer().token()).contentType("application/pdf").body(pdf)
                .post("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId() + "&caption=报价单")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String hash = S3ProxyBlobStoreTest.sha256(pdf);
        assertTrue(Files.isRegularFile(S3Resource.server.object(hash)), "in the bucket under its hash");
        assertFalse(Files.exists(Path.of(dataDir, "attachments")) && Files.walk(Path.of(dataDir, "attachments"))
                .anyMatch(p -> p.getFileName().toString().equals(hash)), "not in this instance's data folder");
        assertArrayEquals(pdf, S3Resource.server.client(S3ProxyServer.SECRET).get(hash).orElseThrow());
        assertArrayEquals(pdf, given().get("/attachments/" + id).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void whatAnotherInstanceStoredIsServedHere() throws Exception {
        DiscussionTestData.Place place = data.place();
        byte[] pdf = (new String(TestFiles.PDF, java.nio.charset.StandardCharsets.ISO_8859_1) + "% other instance\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String hash = S3ProxyBlobStoreTest.sha256(pdf);
        S3Resource.server.client(S3ProxyServer.SECRET).put(hash, pdf, "application/pdf");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Attachment a = new Attachment();
            a.subjectKind = ItemKind.PROPOSAL;
            a.subjectId = place.proposalId();
            a.communityId = place.communityId();
            a.mediaType = "application/pdf";
            a.contentHash = hash;
            a.sizeBytes = pdf.length;
            a.caption = "另一实例上传";
            a.uploadedBy = place.proposer().accountId();
            a.createdAt = Instant.now();
            a.persist();
            return a.id;
        });
        assertArrayEquals(pdf, given().get("/attachments/" + id).then().statusCode(200).extract().asByteArray());
    }
}
