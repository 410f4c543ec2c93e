package cn.shangliang.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS and Tencent COS in S3 mode), path-style
 * ({@code endpoint/bucket/key}), each request signed with AWS Signature Version 4. Two calls only (PUT and GET
 * of an object) so a small signer is used instead of an SDK: docs/adr/0015-attachments.md.
 */
public class S3BlobStore implements BlobStore {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final URI endpoint;
    private final String bucket;
    private final String region;
    private final String accessKey;
    private final String secretKey;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public S3BlobStore(URI endpoint, String bucket, String region, String accessKey, String secretKey, Clock clock) {
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        HttpResponse<byte[]> response = send("PUT", key, bytes, mediaType);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("S3 PUT " + key + " answered " + response.statusCode());
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        HttpResponse<byte[]> response = send("GET", key, new byte[0], null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("S3 GET " + key + " answered " + response.statusCode());
        }
        return Optional.of(response.body());
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] body, String mediaType) {
        String path = endpoint.getRawPath().replaceAll("/$", "") + "/" + bucket + "/" + key;
        URI uri = endpoint.resolve(path);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", host);
        headers.put("x-amz-content-sha256", HEX.formatHex(sha256(body)));
        headers.put("x-amz-date", AMZ_DATE.format(clock.instant()));
        if (mediaType != null) {
            headers.put("content-type", mediaType);
        }
        String authorization = authorization(method, path, "", headers, accessKey, secretKey, region);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SigV4 Authorization header. {@code headers}: lower-case names, sorted, including host, x-amz-date and
     * x-amz-content-sha256 (whose value is the payload hash signed).
     */
    static String authorization(String method, String path, String query, Map<String, String> headers,
                                String accessKey, String secretKey, String region) {
        String amzDate = headers.get("x-amz-date");
        String day = amzDate.substring(0, 8);
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.strip()).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        String canonicalRequest = method + "\n" + path + "\n" + query + "\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + headers.get("x-amz-content-sha256");
        String scope = day + "/" + region + "/s3/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, stringToSign));
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
