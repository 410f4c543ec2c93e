package cn.shangliang.attachment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * S3Proxy (org.gaul:s3proxy 2.6.0, the S3 API over Apache jclouds), a real S3-compatible server, run over a folder
 * in its own JVM on 127.0.0.1 with AWS signatures checked. The build copies its runnable jar to target/s3proxy
 * (its jclouds needs Guice 7, the Quarkus test bootstrap Guice 5: they cannot share a class path).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS = "shangliang-test";
    public static final String SECRET = "s3proxy-secret-for-tests-only";
    public static final String BUCKET = "attachments";
    public static final String REGION = "cn-north-1";

    private final Process process;
    private final Path folder;
    private final URI endpoint;

    private S3ProxyServer(Process process, Path folder, URI endpoint) {
        this.process = process;
        this.folder = folder;
        this.endpoint = endpoint;
    }

    /** Starts a server whose bucket {@link #BUCKET} is the folder {@code folder/data/attachments}. */
    public static S3ProxyServer start(Path folder) throws IOException, InterruptedException {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the build copies S3Proxy to " + jar + " (process-test-classes)");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
        Path log = folder.resolve("s3proxy.log");
        Process process = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                break;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    process.destroy();
                    throw new IllegalStateException("S3Proxy did not start: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
        return new S3ProxyServer(process, folder, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Where the server keeps an object of the bucket. */
    public Path object(String key) {
        return folder.resolve("data").resolve(BUCKET).resolve(key);
    }

    /** A client as another instance of the application would have it. */
    public S3BlobStore client(String secret) {
        return new S3BlobStore(endpoint, BUCKET, REGION, ACCESS, secret, java.time.Clock.systemUTC());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
