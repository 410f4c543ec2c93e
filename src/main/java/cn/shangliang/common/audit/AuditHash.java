package cn.shangliang.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain hash of an entry over the previous hash and every field of the entry: HMAC-SHA256 with the chain key
 * from {@code keyedFromSeq} on, plain SHA-256 for entries sealed before the chain was keyed.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditChainKey key, long keyedFromSeq, String prevHash, long seq, AuditEntry e) {
        String canonical = String.join("\u001f", prevHash, Long.toString(seq), Long.toString(e.id),
                e.occurredAt.toString(), e.actor, e.action, e.entityType, e.entityId, e.summary);
        return seq >= keyedFromSeq ? key.mac(canonical) : sha256(canonical);
    }

    static String sha256(String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
