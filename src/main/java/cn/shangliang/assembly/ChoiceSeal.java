package cn.shangliang.assembly;

import cn.shangliang.common.security.SecretKeyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** Sealed with the key of the id that follows ({@code s2:<key id>:<iv and ciphertext>}). */
    static final String PREFIX = "s2:";
    /** Sealed before keys had ids (a single key): opened by trying each configured key. */
    static final String LEGACY_PREFIX = "s1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> DECRYPTING = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    /** One key of the ring: the AES half seals choices, the HMAC half makes commitments. */
    private record Key(String id, SecretKeySpec encryption, SecretKeySpec commitment) {

        static Key of(byte[] material) {
            byte[] enc = Arrays.copyOfRange(material, 0, 32);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(enc);
                return new Key(HexFormat.of().formatHex(digest, 0, 6), new SecretKeySpec(enc, "AES"),
                        new SecretKeySpec(Arrays.copyOfRange(material, 32, 64), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The current key first, then retired keys (newest first), which only open what they sealed. */
    private final List<Key> ring;
    /**
     * Commitments and Merkle leaf secrets use the oldest key's HMAC half, so audit commitments and published roots
     * made before a rotation stay checkable after it (docs/operations.md, "Rotating the ballot-choice key").
     */
    private final SecretKeySpec commitment;

    @Inject
    ChoiceSeal(AssemblyConfig config) {
        this(SecretKeyFile.loadOrCreate(Path.of(config.choiceKeyFile()), 64),
                config.choiceRetiredKeyFiles().orElse(List.of()).stream()
                        .map(f -> SecretKeyFile.loadOrCreate(Path.of(f), 64)).toList());
    }

    ChoiceSeal(byte[] current, List<byte[]> retired) {
        List<Key> keys = new ArrayList<>();
        keys.add(Key.of(current));
        retired.forEach(k -> keys.add(Key.of(k)));
        this.ring = List.copyOf(keys);
        this.commitment = ring.get(ring.size() - 1).commitment();
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return ring.get(0).id();
    }

    /** Whether a stored value is already sealed with the current key (nothing to do for the re-sealing job). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + currentKeyId() + ":");
    }

    public String seal(String choice) {
        if (choice == null) {
            return null;
        }
        Key key = ring.get(0);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.encryption(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(choice.getBytes(StandardCharsets.UTF_8));
            return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain choice of a stored value: sealed with any key of the ring, or written before sealing. */
    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            String id = stored.substring(PREFIX.length(), colon);
            Key key = ring.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(() -> new IllegalStateException(
                    "a stored ballot choice is sealed with key " + id + ", which is neither the current nor a retired key"));
            return decrypt(key, stored.substring(colon + 1));
        }
        if (stored.startsWith(LEGACY_PREFIX)) {
            for (Key key : ring) {
                try {
                    return decrypt(key, stored.substring(LEGACY_PREFIX.length()));
                } catch (IllegalStateException wrongKey) {
                    // GCM authenticates: another key of the ring may be the one
                }
            }
            throw new IllegalStateException("a stored ballot choice does not open with any configured choice key");
        }
        return stored;
    }

    /** The value sealed again with the current key (rotation, and values written before sealing). */
    public String reseal(String stored) {
        return isCurrent(stored) ? stored : seal(open(stored));
    }

    private static String decrypt(Key key, String encoded) {
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            // One cipher per thread: a count opens every ballot, and looking the cipher up is most of the cost.
            Cipher cipher = DECRYPTING.get();
            cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(128, all, 0, IV_BYTES));
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
