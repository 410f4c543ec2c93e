package cn.shangliang.notification;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.notification.channel.AliyunSmsReports;
import cn.shangliang.notification.channel.WechatEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where providers report what became of a message (delivery receipts): Alibaba Cloud SMS pushes its SmsReport batch
 * to {@code /api/notifications/receipts/aliyun-sms/<secret>} (the secret is configured, Alibaba's callback address
 * being the only thing it lets us set), WeChat pushes its events, signed with the configured Token, to
 * {@code /api/notifications/receipts/wechat}. Nobody logs in here: the secret or the signature is the protection; an
 * unconfigured endpoint is 404. Applying a receipt twice changes nothing (DeliveryReceipts).
 */
@Path("/api/notifications/receipts")
@PermitAll
@Tag(name = "Notifications")
public class ReceiptApi {

    @Inject
    NotificationConfig config;

    @Inject
    DeliveryReceipts receipts;

    @Inject
    java.time.Clock clock;

    /**
     * WeChat's signature covers the token, timestamp and nonce, not the body: a signed query seen once must not be
     * good for other bodies later, so its timestamp must be recent (WeChat retries an event within 15 seconds).
     */
    static final long FRESH_SECONDS = 300;

    @POST
    @Path("aliyun-sms/{secret}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alibaba Cloud SMS delivery receipts (SmsReport push): a JSON array of reports; "
            + "answers {\"code\":0,\"msg\":\"...\"} as Alibaba documents")
    public Map<String, Object> aliyunSms(@PathParam("secret") String secret, String body) {
        if (!matches(config.sms().receiptSecret(), secret)) {
            throw DomainException.notFound("not-found.page");
        }
        List<DeliveryReceipts.Receipt> batch;
        try {
            batch = AliyunSmsReports.parse(body);
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("notification.receipt.malformed");
        }
        receipts.apply(Channel.SMS, batch);
        return AliyunSmsReports.ACKNOWLEDGED;
    }

    @GET
    @Path("wechat")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "WeChat server address check: echoes echostr when the request is signed with the Token")
    public String wechatCheck(@QueryParam("signature") String signature, @QueryParam("timestamp") String timestamp,
                              @QueryParam("nonce") String nonce, @QueryParam("echostr") String echostr) {
        requireWechatSignature(signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @POST
    @Path("wechat")
    @Consumes({MediaType.TEXT_XML, MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "WeChat events (XML, signed with the Token): TEMPLATESENDJOBFINISH marks the template "
            + "message delivered or failed; answers \"success\"")
    public String wechatEvent(@QueryParam("signature") String signature, @QueryParam("timestamp") String timestamp,
                              @QueryParam("nonce") String nonce, String body) {
        requireWechatSignature(signature, timestamp, nonce);
        Optional<DeliveryReceipts.Receipt> receipt;
        try {
            receipt = WechatEvents.templateResult(body);
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("notification.receipt.malformed");
        }
        receipt.ifPresent(r -> receipts.apply(Channel.WECHAT, List.of(r)));
        // WeChat documents "success" (or an empty body) as "received, no reply to the user".
        return "success";
    }

    private void requireWechatSignature(String signature, String timestamp, String nonce) {
        Optional<String> token = config.wechat().eventToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            throw DomainException.notFound("not-found.page");
        }
        if (!WechatEvents.signed(token.get(), signature, timestamp, nonce) || !fresh(timestamp)) {
            throw DomainException.forbidden("forbidden.notification.signature");
        }
    }

    private boolean fresh(String timestamp) {
        if (!timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= FRESH_SECONDS;
    }

    private static boolean matches(Optional<String> configured, String given) {
        return configured.filter(s -> !s.isBlank()).map(s -> given != null && MessageDigest.isEqual(
                s.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
