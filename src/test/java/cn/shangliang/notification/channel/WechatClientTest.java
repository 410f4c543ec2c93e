package cn.shangliang.notification.channel;

import cn.shangliang.notification.SendResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WeChat Official Account calls checked against the documented requests: the access token GET, the template
 * message POST (the documented example body without its optional colours and mini-program) and the web
 * authorization code exchange.
 */
class WechatClientTest {

    /** The documented template message example (公众号 模板消息 发送模板消息), colours and mini-program left out. */
    static final String DOC_BODY = "{\"touser\":\"OPENID\",\"template_id\":\"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY\","
            + "\"url\":\"http://weixin.qq.com/download\",\"data\":{\"first\":{\"value\":\"恭喜你购买成功！\"},"
            + "\"keyword1\":{\"value\":\"巧克力\"},\"keyword2\":{\"value\":\"39.8元\"},"
            + "\"keyword3\":{\"value\":\"2014年9月22日\"},\"remark\":{\"value\":\"欢迎再次购买！\"}},"
            + "\"client_msg_id\":\"MSG_000001\"}";

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void buildsTheDocumentedTemplateMessageBody() {
        Map<String, String> data = WechatClient.data("恭喜你购买成功！", List.of("巧克力", "39.8元", "2014年9月22日"), "欢迎再次购买！");
        assertEquals(DOC_BODY, WechatClient.templateBody("OPENID", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY",
                "http://weixin.qq.com/download", data, "MSG_000001"));
    }

    @Test
    void fetchesATokenThenSendsTheBodyByteForByte() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(s -> s.path().equals("/cgi-bin/token")
                ? "{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200}"
                : "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")) {
            WechatClient client = new WechatClient(server.base(), "APPID", "APPSECRET", clock);
            assertEquals(SendResult.sent("200228332"), client.sendTemplate(DOC_BODY));
            assertEquals(SendResult.sent("200228332"), client.sendTemplate(DOC_BODY));
            assertEquals(3, server.seen.size(), "one token for two sends");
            assertEquals("GET", server.seen.get(0).method());
            assertEquals("grant_type=client_credential&appid=APPID&secret=APPSECRET", server.seen.get(0).rawQuery());
            assertEquals("POST", server.seen.get(1).method());
            assertEquals("/cgi-bin/message/template/send", server.seen.get(1).path());
            assertEquals("access_token=ACCESS_TOKEN", server.seen.get(1).rawQuery());
            assertEquals(DOC_BODY, server.seen.get(1).body());
        }
    }

    @Test
    void aStaleTokenIsRenewedAndRefusalsAreFinal() throws Exception {
        int[] sends = {0};
        try (LocalHttpServer server = new LocalHttpServer(s -> {
            if (s.path().equals("/cgi-bin/token")) {
                return "{\"access_token\":\"T" + sends[0] + "\",\"expires_in\":7200}";
            }
            return switch (sends[0]++) {
                case 0 -> "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}";
                case 1 -> "{\"errcode\":43004,\"errmsg\":\"require subscribe\"}";
                default -> "{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}";
            };
        })) {
            WechatClient client = new WechatClient(server.base(), "APPID", "APPSECRET", clock);
            assertEquals(SendResult.Outcome.RETRY, client.sendTemplate(DOC_BODY).outcome());
            assertEquals(SendResult.Outcome.FAIL, client.sendTemplate(DOC_BODY).outcome());
            assertEquals(SendResult.Outcome.RETRY, client.sendTemplate(DOC_BODY).outcome());
            assertEquals(2, server.seen.stream().filter(s -> s.path().equals("/cgi-bin/token")).count());
        }
    }

    @Test
    void exchangesTheAuthorizationCodeForTheOpenId() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(s -> s.rawQuery().contains("code=GOOD")
                ? "{\"access_token\":\"A\",\"expires_in\":7200,\"refresh_token\":\"R\",\"openid\":\"OPENID\",\"scope\":\"snsapi_base\"}"
                : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}")) {
            WechatClient client = new WechatClient(server.base(), "APPID", "SECRET", clock);
            assertEquals(Optional.of("OPENID"), client.openIdForCode("GOOD"));
            assertEquals("/sns/oauth2/access_token", server.seen.get(0).path());
            assertEquals("appid=APPID&secret=SECRET&code=GOOD&grant_type=authorization_code", server.seen.get(0).rawQuery());
            assertEquals(Optional.empty(), client.openIdForCode("BAD"));
        }
    }
}
