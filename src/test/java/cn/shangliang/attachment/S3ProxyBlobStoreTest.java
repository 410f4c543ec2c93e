package cn.shangliang.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 client against a real S3-compatible server ({@link S3ProxyServer}). Two clients stand for two instances
 * sharing the bucket: each reads what the other uploaded (docs/adr/0015-attachments.md). The application itself
 * on S3: {@code AttachmentS3Test}.
 */
class S3ProxyBlobStoreTest {

    @TempDir
    static Path folder;

    static S3ProxyServer s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start(folder);
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void twoInstancesReadEachOthersUploadsThroughARealS3Server() throws Exception {
        BlobStore a = s3.client(S3ProxyServer.SECRET);
        BlobStore b = s3.client(S3ProxyServer.SECRET);
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
        assertTrue(Files.isRegularFile(s3.object(sha256(pdf))), "stored under its hash in the bucket");
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        BlobStore wrong = s3.client("not-the-secret");
        assertThrows(IllegalStateException.class, () -> wrong.put("1".repeat(64), new byte[]{1, 2, 3}, "application/pdf"));
        assertThrows(IllegalStateException.class, () -> wrong.get("1".repeat(64)));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
