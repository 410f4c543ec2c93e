package cn.shangliang.notification;

import cn.shangliang.notification.channel.AliyunSmsReports;
import cn.shangliang.notification.channel.WechatEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery receipts: Alibaba Cloud SMS reports (JSON batch push) and WeChat template results (signed XML events)
 * mark a sent delivery DELIVERED or FAILED with the provider's reason; replays and unknown ids change nothing and
 * are still acknowledged; the endpoints answer only with the configured secret or a fresh signature.
 */
@QuarkusTest
class ReceiptApiTest {

    private static final String SMS = "/api/notifications/receipts/aliyun-sms/test-receipt-secret";
    private static final String WECHAT = "/api/notifications/receipts/wechat";
    private static final String TOKEN = "test-event-token";

    /** Alibaba's documented SmsReport example, as its documentation shows it. */
    private static final String DOCUMENTED = """
            [
              {
                "phone_number" : "1381111****",
                "send_time" : "2017-01-01 11:11:11",
                "report_time" : "2017-02-02 22:22:22",
                "success" : true,
                "err_code" : "DELIVERED",
                "err_msg" : "用户接收成功",
                "sms_size" : "1",
                "biz_id" : "12345",
                "out_id" : "67890"
              }
            ]""";

    private record Sent(long id, String key, String ref) {
    }

    private static Sent delivery(Channel channel, DeliveryState state) {
        String ref = state == DeliveryState.PENDING ? null : "ref-" + UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = new Notification();
            n.kind = NotificationKind.PROPOSAL_UPDATE;
            n.recipientType = RecipientType.ACCOUNT;
            n.recipientId = 1;
            n.subjectType = "proposal";
            n.subjectId = "1";
            n.createdAt = Instant.now();
            n.persist();
            Delivery d = new Delivery();
            d.notificationId = n.id;
            d.channel = channel;
            d.idempotencyKey = UUID.randomUUID().toString();
            d.state = state;
            d.nextAttemptAt = Instant.now();
            d.sentAt = state == DeliveryState.SENT ? Instant.now() : null;
            d.providerRef = ref;
            d.persist();
            return new Sent(d.id, d.idempotencyKey, ref);
        });
    }

    private static Delivery reload(Sent s) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(s.id()));
    }

    private static String report(String bizId, String outId, boolean success, String code, String message) {
        return "{\"phone_number\":\"13811112222\",\"send_time\":\"2026-12-07 09:00:00\",\"report_time\":\"2026-12-07 09:00:05\","
                + "\"success\":" + success + ",\"err_code\":\"" + code + "\",\"err_msg\":\"" + message + "\",\"sms_size\":\"1\","
                + "\"biz_id\":" + (bizId == null ? "null" : "\"" + bizId + "\"")
                + ",\"out_id\":" + (outId == null ? "null" : "\"" + outId + "\"") + "}";
    }

    private static void push(String body) {
        given().contentType("application/json").body(body).post(SMS).then().statusCode(200)
                .body("code", equalTo(0)).body("msg", equalTo("成功"));
    }

    @Test
    void theDocumentedReportParses() {
        List<DeliveryReceipts.Receipt> receipts = AliyunSmsReports.parse(DOCUMENTED);
        assertEquals(1, receipts.size());
        DeliveryReceipts.Receipt r = receipts.get(0);
        assertEquals("12345", r.providerRef());
        assertEquals("67890", r.key());
        assertTrue(r.success());
        assertEquals("DELIVERED 用户接收成功", r.reason());
        assertEquals(LocalDateTime.of(2017, 2, 2, 22, 22, 22).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), r.reportedAt());
        push(DOCUMENTED); // ids nobody sent: acknowledged, nothing changes
    }

    @Test
    void smsReportsMarkDeliveredOrFailedByBizIdOrOutIdAndReplaysChangeNothing() {
        Sent reached = delivery(Channel.SMS, DeliveryState.SENT);
        Sent refused = delivery(Channel.SMS, DeliveryState.SENT);
        Sent crashed = delivery(Channel.SMS, DeliveryState.PENDING);
        String batch = "[" + report(reached.ref(), null, true, "DELIVERED", "用户接收成功") + ","
                + report(refused.ref(), refused.key(), false, "MOBILE_NOT_ON_SERVICE", "停机或空号") + ","
                + report("biz-of-a-send-we-never-recorded", crashed.key(), true, "DELIVERED", "用户接收成功") + ","
                + report("unknown-" + UUID.randomUUID(), UUID.randomUUID().toString(), true, "DELIVERED", "x") + "]";
        push(batch);

        Delivery d = reload(reached);
        assertEquals(DeliveryState.DELIVERED, d.state);
        assertEquals(LocalDateTime.of(2026, 12, 7, 9, 0, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), d.receiptAt);
        Delivery f = reload(refused);
        assertEquals(DeliveryState.FAILED, f.state);
        assertEquals("receipt: MOBILE_NOT_ON_SERVICE 停机或空号", f.lastError);
        Delivery c = reload(crashed);
        assertEquals(DeliveryState.DELIVERED, c.state, "matched by OutId: the worker will not send it again");
        assertEquals("biz-of-a-send-we-never-recorded", c.providerRef);

        long version = f.version;
        push(batch);
        push(batch);
        assertEquals(DeliveryState.DELIVERED, reload(reached).state);
        assertEquals(version, reload(refused).version, "a replay changes nothing");
        assertEquals(DeliveryState.DELIVERED, reload(crashed).state);

        // a failure never undoes a delivery; a later success outranks a failure report
        push("[" + report(reached.ref(), null, false, "UNKNOWN", "x") + "]");
        assertEquals(DeliveryState.DELIVERED, reload(reached).state);
        push("[" + report(refused.ref(), null, true, "DELIVERED", "ok") + "]");
        assertEquals(DeliveryState.DELIVERED, reload(refused).state);
        assertNull(reload(refused).lastError);
    }

    @Test
    void aReceiptNeverTouchesAnotherChannelOrASkippedDelivery() {
        Sent wechat = delivery(Channel.WECHAT, DeliveryState.SENT);
        Sent skipped = delivery(Channel.SMS, DeliveryState.SKIPPED);
        push("[" + report(wechat.ref(), wechat.key(), true, "DELIVERED", "ok") + ","
                + report(null, skipped.key(), false, "X", "y") + "]");
        assertEquals(DeliveryState.SENT, reload(wechat).state);
        assertEquals(DeliveryState.SKIPPED, reload(skipped).state);
    }

    @Test
    void smsReportsNeedTheSecretAndAnArrayOfReports() {
        Sent sent = delivery(Channel.SMS, DeliveryState.SENT);
        String body = "[" + report(sent.ref(), null, true, "DELIVERED", "ok") + "]";
        given().contentType("application/json").body(body).post("/api/notifications/receipts/aliyun-sms/wrong")
                .then().statusCode(404);
        given().contentType("application/json").body(body).post("/api/notifications/receipts/aliyun-sms/")
                .then().statusCode(404);
        assertEquals(DeliveryState.SENT, reload(sent).state);
        given().header("Accept-Language", "en").contentType("application/json").body("{\"success\":true}").post(SMS)
                .then().statusCode(400).body("detail", containsString("delivery report is malformed"));
        given().header("Accept-Language", "zh").contentType("application/json").body("not json").post(SMS)
                .then().statusCode(400).body("detail", containsString("送达回执格式不正确"));
        given().contentType("application/json").body("[]").post(SMS).then().statusCode(200).body("code", equalTo(0));
    }

    @Test
    void theSignatureIsTheSha1OfTheSortedTokenTimestampAndNonce() {
        // sorted: "1700000000" < "nonce123" < "test-event-token"; sha1("1700000000nonce123test-event-token")
        assertEquals("0a4d64a753d98438c183bdf9e588e4008d8374fb", WechatEvents.signature(TOKEN, "1700000000", "nonce123"));
        assertTrue(WechatEvents.signed(TOKEN, "0A4D64A753D98438C183BDF9E588E4008D8374FB", "1700000000", "nonce123"));
        assertFalse(WechatEvents.signed(TOKEN, "0a4d64a753d98438c183bdf9e588e4008d8374fb", "1700000001", "nonce123"));
    }

    private static String event(String msgId, String status) {
        return "<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>"
                + "<FromUserName><![CDATA[oia2TjuEGTNoeX76QEjQNrcURxG8]]></FromUserName>"
                + "<CreateTime>1395658920</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>" + msgId + "</MsgID>"
                + "<Status><![CDATA[" + status + "]]></Status></xml>";
    }

    private static io.restassured.specification.RequestSpecification signed(long timestamp) {
        String ts = String.valueOf(timestamp);
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        return given().queryParam("signature", WechatEvents.signature(TOKEN, ts, nonce)).queryParam("timestamp", ts)
                .queryParam("nonce", nonce);
    }

    @Test
    void wechatTemplateResultsAreSignedAndMarkTheMessage() {
        long now = Instant.now().getEpochSecond();
        signed(now).queryParam("echostr", "echo-1234").get(WECHAT).then().statusCode(200).body(equalTo("echo-1234"));
        given().queryParam("signature", "0".repeat(40)).queryParam("timestamp", now).queryParam("nonce", "x")
                .queryParam("echostr", "e").get(WECHAT).then().statusCode(403);

        Sent reached = delivery(Channel.WECHAT, DeliveryState.SENT);
        Sent blocked = delivery(Channel.WECHAT, DeliveryState.SENT);
        signed(now).contentType("text/xml").body(event(reached.ref(), "success")).post(WECHAT)
                .then().statusCode(200).body(equalTo("success"));
        signed(now).contentType("text/xml").body(event(blocked.ref(), "failed:user block")).post(WECHAT)
                .then().statusCode(200).body(equalTo("success"));
        assertEquals(DeliveryState.DELIVERED, reload(reached).state);
        assertEquals(Instant.ofEpochSecond(1395658920), reload(reached).receiptAt);
        assertEquals(DeliveryState.FAILED, reload(blocked).state);
        assertEquals("receipt: failed:user block", reload(blocked).lastError);

        long version = reload(blocked).version;
        signed(now).contentType("text/xml").body(event(blocked.ref(), "failed:user block")).post(WECHAT)
                .then().statusCode(200);
        assertEquals(version, reload(blocked).version, "a replayed event changes nothing");

        Sent other = delivery(Channel.WECHAT, DeliveryState.SENT);
        // unsigned, wrongly signed, or signed long ago: refused, nothing changes
        given().contentType("text/xml").body(event(other.ref(), "success")).post(WECHAT).then().statusCode(403);
        signed(now - 3600).contentType("text/xml").body(event(other.ref(), "success")).post(WECHAT).then().statusCode(403);
        assertEquals(DeliveryState.SENT, reload(other).state);
        // other events are acknowledged and ignored; a DTD is refused (no entity expansion)
        signed(now).contentType("text/xml").body("<xml><MsgType>event</MsgType><Event>subscribe</Event></xml>")
                .post(WECHAT).then().statusCode(200).body(equalTo("success"));
        signed(now).contentType("text/xml").header("Accept-Language", "en")
                .body("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Event>&e;</Event></xml>")
                .post(WECHAT).then().statusCode(400).body("detail", containsString("malformed"));
        assertEquals(DeliveryState.SENT, reload(other).state);
    }
}
