package cn.shangliang.notification.channel;

import cn.shangliang.notification.SendResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud SMS (dysmsapi, API version 2017-05-25), action SendSms, signed with the RPC signature version 1.0
 * exactly as Alibaba documents it: the parameters sorted by name, each name and value percent-encoded (RFC 3986:
 * space as %20, '*' as %2A, '~' kept), joined with '&' into the canonical query; the string to sign is
 * {@code GET&%2F&} + the percent-encoded canonical query; the signature is Base64(HMAC-SHA1(secret + "&", that)),
 * sent first as {@code Signature}, followed by the canonical query. A plain class (no CDI) so a test can call it
 * with the documented example's nonce and timestamp against a local server.
 */
public final class AliyunSms {

    public record Credentials(String accessKeyId, String accessKeySecret, String regionId) {
    }

    public record Message(String phone, String signName, String templateCode, Map<String, String> templateParams,
                          String outId) {
    }

    /** Codes after which the same text must not be tried again (wrong number, template, signature, account). */
    static final Set<String> FINAL = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT",
            "isv.TEMPLATE_MISSING_PARAMETERS", "isv.SMS_TEMPLATE_ILLEGAL", "isv.SMS_SIGNATURE_ILLEGAL",
            "isv.INVALID_PARAMETERS", "isv.INVALID_JSON_PARAM", "isv.BLACK_KEY_CONTROL_LIMIT",
            "isv.PARAM_LENGTH_LIMIT", "isv.PARAM_NOT_SUPPORT_URL", "isv.ACCOUNT_NOT_EXISTS", "isv.ACCOUNT_ABNORMAL",
            "isv.SMS_CONTENT_ILLEGAL", "isv.SMS_SIGN_ILLEGAL", "isp.RAM_PERMISSION_DENY", "InvalidAccessKeyId.NotFound",
            "SignatureDoesNotMatch", "isv.DENY_IP_RANGE");

    /**
     * Codes worth trying again later: rate limits, daily limits, a balance to top up, provider trouble. Anything
     * unknown is retried too (and ends FAILED after the last attempt), rather than lost on a code we never saw.
     */
    static final Set<String> RETRY = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL",
            "isv.AMOUNT_NOT_ENOUGH", "isv.OUT_OF_SERVICE", "isp.SYSTEM_ERROR", "Throttling.User", "Throttling");

    /**
     * The nonce of a repeated request: Alibaba refuses a nonce it saw in the last 15 minutes. The nonce is the
     * delivery's idempotency key and attempt number, so a send repeated after a crash (same attempt) is refused as
     * a replay of one the provider already has, which means it was sent.
     */
    static final String NONCE_USED = "SignatureNonceUsed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final java.util.regex.Pattern XML_CODE = java.util.regex.Pattern.compile("<Code>([^<]*)</Code>");
    private static final java.util.regex.Pattern XML_MESSAGE = java.util.regex.Pattern.compile("<Message>([^<]*)</Message>");
    private static final java.util.regex.Pattern XML_BIZ_ID = java.util.regex.Pattern.compile("<BizId>([^<]*)</BizId>");

    private final String endpoint;
    private final Credentials credentials;
    private final String format;
    private final HttpClient http;

    /** {@code format} is the answer's format, JSON or XML (Alibaba's documented example asks for XML). */
    public AliyunSms(String endpoint, Credentials credentials, String format) {
        this.endpoint = endpoint.endsWith("/") ? endpoint : endpoint + "/";
        this.credentials = credentials;
        this.format = format;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The SendSms parameters (without the signature), sorted by name. */
    public SortedMap<String, String> parameters(Message m, String nonce, String timestamp) {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("AccessKeyId", credentials.accessKeyId());
        p.put("Action", "SendSms");
        p.put("Format", format);
        p.put("RegionId", credentials.regionId());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", nonce);
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", timestamp);
        p.put("Version", "2017-05-25");
        p.put("PhoneNumbers", m.phone());
        p.put("SignName", m.signName());
        p.put("TemplateCode", m.templateCode());
        if (m.templateParams() != null && !m.templateParams().isEmpty()) {
            p.put("TemplateParam", templateParam(m.templateParams()));
        }
        if (m.outId() != null) {
            p.put("OutId", m.outId());
        }
        return p;
    }

    /** The query string sent: the signature first, then the canonical query (as in Alibaba's example URL). */
    public String signedQuery(SortedMap<String, String> parameters) {
        String canonical = canonicalQuery(parameters);
        return "Signature=" + percentEncode(signature("GET", canonical, credentials.accessKeySecret())) + "&" + canonical;
    }

    public SendResult send(Message m, String nonce, String timestamp) throws Exception {
        String query = signedQuery(parameters(m, nonce, timestamp));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?" + query))
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 500) {
            return SendResult.retry("HTTP " + response.statusCode());
        }
        if ("XML".equals(format)) {
            return outcome(find(XML_CODE, response.body()), find(XML_MESSAGE, response.body()),
                    find(XML_BIZ_ID, response.body()));
        }
        JsonNode body = JSON.readTree(response.body());
        return outcome(body.path("Code").asText(""), body.path("Message").asText(""), body.path("BizId").asText(null));
    }

    private static String find(java.util.regex.Pattern p, String body) {
        var m = p.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    /** Maps Alibaba's answer to what the outbox does next. */
    public static SendResult outcome(String code, String message, String bizId) {
        if ("OK".equals(code)) {
            return SendResult.sent(bizId);
        }
        if (NONCE_USED.equals(code)) {
            return SendResult.sent("replayed");
        }
        String reason = code + ": " + message;
        return FINAL.contains(code) ? SendResult.fail(reason) : SendResult.retry(reason);
    }

    public static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String stringToSign(String method, String canonicalQuery) {
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery);
    }

    public static String signature(String method, String canonicalQuery, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] raw = mac.doFinal(stringToSign(method, canonicalQuery).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3986 percent-encoding as Alibaba's POP signature requires. */
    public static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The template parameters as compact JSON, keys in the order given. */
    static String templateParam(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
