package cn.shangliang.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 client against a real S3-compatible server: S3Proxy (org.gaul:s3proxy 2.6.0, the S3 API over Apache
 * jclouds, here over a folder), started in its own JVM on 127.0.0.1 with AWS signatures checked (the build copies
 * its runnable jar to target/s3proxy). Two clients stand for two instances sharing the bucket: each reads what the
 * other uploaded (docs/adr/0015-attachments.md).
 */
class S3ProxyBlobStoreTest {

    private static final String ACCESS = "shangliang-test";
    private static final String SECRET = "s3proxy-secret-for-tests-only";
    private static final String BUCKET = "attachments";

    @TempDir
    static Path folder;

    static Process proxy;
    static URI endpoint;

    @BeforeAll
    static void startS3() throws Exception {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        assertTrue(Files.isRegularFile(jar), "the build copies S3Proxy to " + jar + " (process-test-classes)");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.createDirectories(data.resolve(BUCKET));
        Path properties = folder.resolve("s3proxy.conf");
        Files.write(properties, List.of(
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem",
                "jclouds.identity=local",
                "jclouds.credential=local",
                "jclouds.filesystem.basedir=" + data));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        proxy = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                break;
            } catch (IOException notYet) {
                if (!proxy.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new AssertionError("S3Proxy did not start: " + Files.readString(folder.resolve("s3proxy.log")));
                }
                Thread.sleep(200);
            }
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.destroy();
            proxy.waitFor();
        }
    }

    private static S3BlobStore client(String secret) {
        return new S3BlobStore(endpoint, BUCKET, "cn-north-1", ACCESS, secret, Clock.systemUTC());
    }

    @Test
    void twoInstancesReadEachOthersUploadsThroughARealS3Server() throws Exception {
        BlobStore a = client(SECRET);
        BlobStore b = client(SECRET);
        byte[] pdf = TestFiles.PDF;
        byte[] png = TestFiles.png(40, 30, false);
        a.put(sha256(pdf), pdf, "application/pdf");
        b.put(sha256(png), png, "image/png");
        assertArrayEquals(pdf, b.get(sha256(pdf)).orElseThrow());
        assertArrayEquals(png, a.get(sha256(png)).orElseThrow());
        // the same bytes written again by the other instance: the same key, no conflict
        b.put(sha256(pdf), pdf, "application/pdf");
        assertArrayEquals(pdf, a.get(sha256(pdf)).orElseThrow());
        assertTrue(a.get("0".repeat(64)).isEmpty());
        assertTrue(Files.isRegularFile(folder.resolve("data").resolve(BUCKET).resolve(sha256(pdf))), "stored under its hash in the bucket");
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        BlobStore wrong = client("not-the-secret");
        assertThrows(IllegalStateException.class, () -> wrong.put("1".repeat(64), new byte[]{1, 2, 3}, "application/pdf"));
        assertThrows(IllegalStateException.class, () -> wrong.get("1".repeat(64)));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
