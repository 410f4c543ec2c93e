package cn.shangliang.assembly;

import cn.shangliang.common.security.SecretKeyFile;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keeps ballot choices apart from identities in storage: every stored choice is AES-256-GCM encrypted with a key
 * kept outside the database (a fresh IV each time, so equal choices look different), and ballot commitments are
 * HMACs with a key derived from it. A database reader sees who took part and when, never what they chose; the app
 * decrypts only to count, to show owners their own ballots, and for a recorded inspection (ballot-privacy.md).
 */
@ApplicationScoped
public class ChoiceSeal {

    /** Marks a sealed value; stored values without it were written before sealing and are read as they are. */
    static final String PREFIX = "s1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> DECRYPTING = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private final SecretKeySpec encryption;
    private final SecretKeySpec commitment;

    ChoiceSeal(AssemblyConfig config) {
        byte[] key = SecretKeyFile.loadOrCreate(Path.of(config.choiceKeyFile()), 64);
        this.encryption = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "AES");
        this.commitment = new SecretKeySpec(Arrays.copyOfRange(key, 32, 64), "HmacSHA256");
    }

    public String seal(String choice) {
        if (choice == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(choice.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            // One cipher per thread: a count opens every ballot, and looking the cipher up is most of the cost.
            Cipher cipher = DECRYPTING.get();
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored ballot choice does not open with the choice key", e);
        }
    }

    /**
     * The commitment to one ballot record, for the audit log: binds the choice without revealing it. Without the
     * key nobody can test the three possible choices against it; with the key an auditor proves the stored
     * history is what was recorded at the time.
     */
    public String commit(String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(commitment);
            return HexFormat.of().formatHex(mac.doFinal(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
