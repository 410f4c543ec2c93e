package cn.shangliang.testsupport.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A tiny W3C WebDriver client for headless Chromium, on java.net.http: starts chromedriver on a free port,
 * opens one session with a fresh profile, and offers what our browser tests need. Close it to end the
 * session, stop the driver and delete the profile.
 */
public final class Chromium implements AutoCloseable {

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;
    private final String session;

    private Chromium(Process driver, Path profile, String endpoint) {
        this.driver = driver;
        this.profile = profile;
        this.endpoint = endpoint;
        try {
            this.session = newSession();
        } catch (RuntimeException e) {
            stopDriver();
            throw e;
        }
    }

    public static Path browserBinary() {
        return Path.of(setting("CHROMIUM_BIN", "/usr/bin/chromium"));
    }

    public static Path driverBinary() {
        return Path.of(setting("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    }

    /** Starts chromedriver and a headless browser session. */
    public static Chromium start() {
        try {
            int port = freePort();
            Path logs = Files.createDirectories(Path.of("target", "browser"));
            Path profile = Files.createTempDirectory(logs, "profile-");
            Process driver = new ProcessBuilder(driverBinary().toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(logs.resolve("chromedriver.log").toFile()).start();
            String endpoint = "http://127.0.0.1:" + port;
            waitUntilReady(endpoint, driver);
            return new Chromium(driver, profile, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String url) {
        command("POST", "/url", Map.of("url", url));
    }

    public String currentUrl() {
        return command("GET", "/url", null).asText();
    }

    public String pageSource() {
        return command("GET", "/source", null).asText();
    }

    public String title() {
        return command("GET", "/title", null).asText();
    }

    /** The element's id, waiting up to 15 s for it to appear. */
    public String find(String css) {
        JsonNode found = waitFor("element " + css, () -> {
            JsonNode list = command("POST", "/elements", Map.of("using", "css selector", "value", css));
            return list.isEmpty() ? null : list.get(0);
        });
        return found.get(ELEMENT).asText();
    }

    public void type(String css, String text) {
        String element = find(css);
        command("POST", "/element/" + element + "/clear", Map.of());
        command("POST", "/element/" + element + "/value", Map.of("text", text));
    }

    /**
     * Clicks; when the element is a link or a submit button (every such click loads a page here: there is no
     * JavaScript), waits until the old page is gone, so the next read never sees it.
     */
    public void click(String css) {
        String element = find(css);
        String page = navigates(element) ? find("html") : null;
        command("POST", "/element/" + element + "/click", Map.of());
        if (page != null) {
            waitFor("the page after clicking " + css, () -> stale(page) ? Boolean.TRUE : null);
        }
    }

    private boolean navigates(String element) {
        String tag = command("GET", "/element/" + element + "/name", null).asText().toLowerCase();
        String type = command("GET", "/element/" + element + "/attribute/type", null).asText("");
        return switch (tag) {
            case "a" -> true;
            case "button" -> type.isEmpty() || "null".equals(type) || "submit".equals(type);
            case "input" -> "submit".equals(type) || "image".equals(type);
            default -> false;
        };
    }

    private boolean stale(String element) {
        try {
            command("GET", "/element/" + element + "/name", null);
            return false;
        } catch (WebDriverException e) {
            return e.getMessage().contains("stale element");
        }
    }

    public String text(String css) {
        return command("GET", "/element/" + find(css) + "/text", null).asText();
    }

    public String attribute(String css, String name) {
        return command("GET", "/element/" + find(css) + "/attribute/" + name, null).asText();
    }

    /** Waits until the current URL satisfies {@code condition}; returns it. */
    public String waitForUrl(String description, Predicate<String> condition) {
        return waitFor("URL " + description, () -> {
            String url = currentUrl();
            return condition.test(url) ? url : null;
        });
    }

    /** A PNG of the viewport, written to {@code target/browser/<name>.png}. */
    public Path screenshot(String name) {
        try {
            byte[] png = Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
            Path file = Files.createDirectories(Path.of("target", "browser")).resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page and returns its value (issue 19: layout checks such as the page's scroll width). */
    public JsonNode script(String js) {
        return command("POST", "/execute/sync", Map.of("script", js, "args", List.of()));
    }

    /** Emulates a phone's screen, {@code width} × {@code height} CSS pixels, through the DevTools protocol. */
    public void phoneScreen(int width, int height) {
        command("POST", "/goog/cdp/execute", Map.of("cmd", "Emulation.setDeviceMetricsOverride", "params",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true)));
    }

    /** Forgets every cookie of the current site (logs out without a form). */
    public void clearCookies() {
        command("DELETE", "/cookie", null);
    }

    /** Sets a cookie for the site of the current page (open a page of the site first). */
    public void cookie(String name, String value) {
        command("POST", "/cookie", Map.of("cookie", Map.of("name", name, "value", value, "path", "/")));
    }

    @Override
    public void close() {
        try {
            command("DELETE", "", null);
        } catch (RuntimeException e) {
            System.err.println("could not end the browser session: " + e.getMessage());
        } finally {
            stopDriver();
        }
    }

    private String newSession() {
        List<String> args = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1024,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", browserBinary().toString(), "args", args))));
        JsonNode value = send("POST", endpoint + "/session", capabilities);
        return value.get("sessionId").asText();
    }

    private JsonNode command(String method, String path, Object body) {
        return send(method, endpoint + "/session/" + session + path, body);
    }

    private JsonNode send(String method, String url, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=utf-8").method(method, publisher).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() >= 400) {
                throw new WebDriverException(method + " " + url + " → " + response.statusCode() + ": "
                        + value.path("error").asText() + " " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebDriverException("interrupted: " + method + " " + url);
        }
    }

    private static <T> T waitFor(String what, java.util.function.Supplier<T> probe) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new WebDriverException("timed out after " + WAIT.toSeconds() + " s waiting for " + what);
            }
            sleep(100);
        }
    }

    private static void waitUntilReady(String endpoint, Process driver) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (!driver.isAlive()) {
                throw new WebDriverException("chromedriver exited with " + driver.exitValue()
                        + " (see target/browser/chromedriver.log)");
            }
            try {
                HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(endpoint + "/status"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(status.body()).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(100);
        }
        driver.destroyForcibly();
        throw new WebDriverException("chromedriver did not become ready within " + WAIT.toSeconds() + " s");
    }

    private void stopDriver() {
        driver.destroy();
        try {
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete browser profile " + profile + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebDriverException("interrupted while waiting");
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A WebDriver command failed or timed out. */
    public static final class WebDriverException extends RuntimeException {
        WebDriverException(String message) {
            super(message);
        }
    }
}
