package cn.shangliang.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A symmetric secret kept in a file outside the database (default {@code data/keys}), readable by the app's user
 * only. Generated on first use; several instances must share the same file (docs/operations.md). Whoever can
 * write the database but not read this file cannot forge what the key protects.
 */
public final class SecretKeyFile {

    private SecretKeyFile() {
    }

    /** The key in {@code file}, created with {@code bytes} random bytes (mode 0600) when it does not exist yet. */
    public static byte[] loadOrCreate(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
            if (key.length < bytes) {
                throw new IllegalStateException("key file " + file + " holds " + key.length + " bytes, needs " + bytes);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(Path file, int bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key-", ".tmp");
        try {
            restrict(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n");
            // Two instances starting together: the first rename wins and both then read the same key.
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
