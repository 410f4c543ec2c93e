package cn.shangliang.common.audit;

import cn.shangliang.common.security.SecretKeyFile;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The HMAC key of the audit chain, kept in a file outside the database: a database writer who edits an entry
 * cannot recompute the chain after it without this file (docs/security.md, "Ballots").
 */
@ApplicationScoped
public class AuditChainKey {

    private final SecretKeySpec key;

    AuditChainKey(AuditConfig config) {
        this.key = new SecretKeySpec(SecretKeyFile.loadOrCreate(config.keyFile(), 32), "HmacSHA256");
    }

    String mac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
