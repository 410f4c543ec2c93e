package cn.shangliang.notification.channel;

import cn.shangliang.notification.DeliveryReceipts.Receipt;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Events WeChat pushes to the Official Account's server address, as WeChat documents them: every request carries
 * {@code signature}, {@code timestamp} and {@code nonce} in its query, where the signature is the hex SHA-1 of the
 * Token (set on the account's server configuration), the timestamp and the nonce sorted as strings and joined; the
 * address is verified once with a GET that also carries {@code echostr}, answered with it. The event used here is
 * the result of a template message, {@code TEMPLATESENDJOBFINISH}, whose {@code MsgID} is the msgid the send
 * answered and whose {@code Status} is {@code success}, {@code failed:user block} or {@code failed: system failed}.
 * Plain class: tests check the documented example.
 */
public final class WechatEvents {

    public static final String TEMPLATE_FINISHED = "TEMPLATESENDJOBFINISH";

    private WechatEvents() {
    }

    public static String signature(String token, String timestamp, String nonce) {
        String[] parts = {token, timestamp, nonce};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether WeChat signed this request with our token (compared in constant time). */
    public static boolean signed(String token, String signature, String timestamp, String nonce) {
        if (token == null || signature == null || timestamp == null || nonce == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(token, timestamp, nonce).getBytes(StandardCharsets.UTF_8),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The delivery receipt in a pushed event: present for TEMPLATESENDJOBFINISH, empty for any other event (which
     * this app does not use). Throws IllegalArgumentException when the body is not WeChat's XML.
     */
    public static Optional<Receipt> templateResult(String xml) {
        Document doc = parse(xml);
        if (!TEMPLATE_FINISHED.equals(field(doc, "Event"))) {
            return Optional.empty();
        }
        String msgId = field(doc, "MsgID");
        String status = field(doc, "Status");
        if (msgId == null || status == null) {
            throw new IllegalArgumentException("TEMPLATESENDJOBFINISH without MsgID or Status");
        }
        String created = field(doc, "CreateTime");
        Instant at = null;
        if (created != null && created.matches("[0-9]{1,12}")) {
            at = Instant.ofEpochSecond(Long.parseLong(created));
        }
        return Optional.of(new Receipt(msgId, null, "success".equals(status), status, at));
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // WeChat's XML has no DTD: refusing one shuts out entity expansion and external entities (XXE).
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream((xml == null ? "" : xml)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not WeChat's XML", e);
        }
    }

    private static String field(Document doc, String name) {
        var nodes = doc.getDocumentElement().getElementsByTagName(name);
        if (nodes.getLength() == 0) {
            return null;
        }
        Node node = nodes.item(0);
        String text = node.getTextContent();
        return text == null ? null : text.strip();
    }
}
