package cn.shangliang.notification.channel;

import cn.shangliang.notification.SendResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * WeChat Official Account API as documented (公众号 模板消息): the access token
 * ({@code GET /cgi-bin/token?grant_type=client_credential&appid=&secret=}), the template message
 * ({@code POST /cgi-bin/message/template/send?access_token=} with {@code touser, template_id, url, data,
 * client_msg_id}) and the web authorization code exchange that binds a person's openid
 * ({@code GET /sns/oauth2/access_token?appid=&secret=&code=&grant_type=authorization_code}). WeChat drops a second
 * template message with the same {@code client_msg_id} to the same openid (for ten minutes), so the delivery's
 * idempotency key goes there. The access token is kept in memory: only the instance holding the send lease uses it.
 */
public final class WechatClient {

    /** Refused for good: not subscribed, wrong openid, wrong template, bad arguments. */
    static final Set<Integer> FINAL = Set.of(40003, 40036, 40037, 43004, 43019, 47003, 47001);
    /** The token is stale: fetch a new one and try again. */
    static final Set<Integer> TOKEN = Set.of(40001, 40014, 42001);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiBase;
    private final String appId;
    private final String appSecret;
    private final Clock clock;
    private final HttpClient http;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public WechatClient(String apiBase, String appId, String appSecret, Clock clock) {
        this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.appId = appId;
        this.appSecret = appSecret;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The template message body, fields in the documented order. */
    public static String templateBody(String openId, String templateId, String url, Map<String, String> data,
                                      String clientMsgId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("touser", openId);
        body.put("template_id", templateId);
        if (url != null) {
            body.put("url", url);
        }
        ObjectNode fields = body.putObject("data");
        data.forEach((k, v) -> fields.putObject(k).put("value", v));
        body.put("client_msg_id", clientMsgId);
        return body.toString();
    }

    /** first = title, keyword1… = the text's arguments, remark = the body (the classic template layout). */
    public static Map<String, String> data(String title, java.util.List<String> args, String body) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("first", title);
        for (int i = 0; i < args.size(); i++) {
            data.put("keyword" + (i + 1), args.get(i));
        }
        data.put("remark", body);
        return data;
    }

    public synchronized SendResult sendTemplate(String body) throws IOException, InterruptedException {
        JsonNode answer = post("/cgi-bin/message/template/send?access_token=" + accessToken(), body);
        int code = answer.path("errcode").asInt(0);
        if (code == 0) {
            return SendResult.sent(answer.path("msgid").asText());
        }
        String reason = code + ": " + answer.path("errmsg").asText("");
        if (TOKEN.contains(code)) {
            token = null;
            return SendResult.retry(reason);
        }
        return FINAL.contains(code) ? SendResult.fail(reason) : SendResult.retry(reason);
    }

    /** Exchanges the code WeChat gave the person's browser for their openid (empty when refused). */
    public java.util.Optional<String> openIdForCode(String code) throws IOException, InterruptedException {
        JsonNode answer = get("/sns/oauth2/access_token?appid=" + enc(appId) + "&secret=" + enc(appSecret)
                + "&code=" + enc(code) + "&grant_type=authorization_code");
        String openId = answer.path("openid").asText("");
        return openId.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(openId);
    }

    String accessToken() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(tokenExpires)) {
            JsonNode answer = get("/cgi-bin/token?grant_type=client_credential&appid=" + enc(appId)
                    + "&secret=" + enc(appSecret));
            if (!answer.hasNonNull("access_token")) {
                throw new IOException("access token refused: " + answer.path("errcode").asText() + " "
                        + answer.path("errmsg").asText());
            }
            token = answer.get("access_token").asText();
            // Renew five minutes early so a token never expires between the check and the send.
            tokenExpires = clock.instant().plusSeconds(Math.max(60, answer.path("expires_in").asLong(7200) - 300));
        }
        return token;
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(apiBase + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .GET().build();
        return answer(http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private JsonNode post(String pathAndQuery, String body) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(apiBase + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return answer(http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static JsonNode answer(HttpResponse<String> response) throws IOException {
        if (response.statusCode() >= 400) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
