package cn.shangliang.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances share attachments through their storage: two folder stores on one folder, and two S3 clients on
 * one bucket. No S3 server can run here (no MinIO binary, no network beyond package registries), so the S3
 * client is tested against a fake S3 on 127.0.0.1 that checks each request's signature the way S3 does; the
 * signer itself against the worked example of the AWS documentation.
 */
class BlobStoreTest {

    private static final String KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void twoInstancesOnOneFolderReadEachOthersFiles(@TempDir Path shared) {
        BlobStore a = new FolderBlobStore(shared);
        BlobStore b = new FolderBlobStore(shared);
        byte[] bytes = TestFiles.PDF;
        String hash = hash(bytes);
        a.put(hash, bytes, "application/pdf");
        assertArrayEquals(bytes, b.get(hash).orElseThrow());
        assertTrue(b.get("0".repeat(64)).isEmpty());
        a.put(hash, bytes, "application/pdf");
    }

    @Test
    void twoInstancesOnOneBucketReadEachOthersFilesThroughSignedRequests() throws IOException {
        Map<String, byte[]> objects = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            headers.put("host", exchange.getRequestHeaders().getFirst("Host"));
            headers.put("x-amz-content-sha256", exchange.getRequestHeaders().getFirst("x-amz-content-sha256"));
            headers.put("x-amz-date", exchange.getRequestHeaders().getFirst("x-amz-date"));
            String type = exchange.getRequestHeaders().getFirst("content-type");
            if (type != null) {
                headers.put("content-type", type);
            }
            String expected = S3BlobStore.authorization(exchange.getRequestMethod(), path, "", headers, KEY, SECRET, "cn-north-1");
            boolean signed = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && HexFormat.of().formatHex(S3BlobStore.sha256(body)).equals(headers.get("x-amz-content-sha256"));
            int status;
            byte[] answer = new byte[0];
            if (!signed) {
                status = 403;
            } else if (exchange.getRequestMethod().equals("PUT")) {
                objects.put(path, body);
                status = 200;
            } else if (objects.containsKey(path)) {
                answer = objects.get(path);
                status = 200;
            } else {
                status = 404;
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            S3BlobStore a = new S3BlobStore(endpoint, "shangliang", "cn-north-1", KEY, SECRET, Clock.systemUTC());
            S3BlobStore b = new S3BlobStore(endpoint, "shangliang", "cn-north-1", KEY, SECRET, Clock.systemUTC());
            byte[] photo = TestFiles.jpeg(8, 8);
            String hash = hash(photo);
            a.put(hash, photo, "image/jpeg");
            assertArrayEquals(photo, b.get(hash).orElseThrow());
            assertTrue(b.get("f".repeat(64)).isEmpty());
            assertEquals(1, objects.size());
            assertTrue(objects.containsKey("/shangliang/" + hash));
        } finally {
            server.stop(0);
        }
    }

    /** The GET Object example of the AWS Signature Version 4 documentation ("Examples of signature calculations"). */
    @Test
    void theSignerReproducesTheAwsDocumentationExample() {
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", "examplebucket.s3.amazonaws.com");
        headers.put("range", "bytes=0-9");
        headers.put("x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        headers.put("x-amz-date", "20130524T000000Z");
        String authorization = S3BlobStore.authorization("GET", "/test.txt", "", headers, "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", authorization);
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(S3BlobStore.sha256(bytes));
    }
}
