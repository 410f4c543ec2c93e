package cn.shangliang.notification.channel;

import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.notification.DeliveryReceipts.Receipt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alibaba Cloud SMS delivery receipts (短信发送状态报告, message type SmsReport) as Alibaba pushes them over HTTP: a
 * POST whose body is a JSON array of reports, each with {@code phone_number}, {@code success} (boolean),
 * {@code biz_id} (the BizId SendSms answered), {@code out_id} (the OutId we sent: the delivery's idempotency key),
 * {@code send_time}, {@code report_time} (China time, {@code yyyy-MM-dd HH:mm:ss}), {@code err_code},
 * {@code err_msg} and {@code sms_size}. The receiver answers {@link #ACKNOWLEDGED} (code 0); any other answer makes
 * Alibaba push the batch again later. A plain class so a test can parse Alibaba's documented example.
 */
public final class AliyunSmsReports {

    /** The answer Alibaba documents for a received push: code 0 and the message "成功" (success). */
    public static final Map<String, Object> ACKNOWLEDGED = Map.of("code", 0, "msg", "成功");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AliyunSmsReports() {
    }

    /** The receipts of one push; throws IllegalArgumentException when the body is not an array of reports. */
    public static List<Receipt> parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode report : root) {
            if (!report.isObject() || !report.has("success")) {
                throw new IllegalArgumentException("a report without success");
            }
            boolean success = report.path("success").asBoolean(false)
                    || "true".equalsIgnoreCase(report.path("success").asText());
            String reason = text(report, "err_code") + " " + text(report, "err_msg");
            receipts.add(new Receipt(blankToNull(text(report, "biz_id")), blankToNull(text(report, "out_id")),
                    success, reason.strip(), time(text(report, "report_time"))));
        }
        return receipts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Alibaba's report time, China time; null (the receiver's now) when absent or unreadable. */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIME).atZone(TemplateExtensions.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
