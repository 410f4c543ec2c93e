package cn.shangliang.common.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated JWT private key is 0600 from its creation (before issue 11 it was written world-readable first). */
class SigningKeysTest {

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "signing-keys-test", String.valueOf(System.nanoTime())));
        SigningKeys keys = SigningKeys.ensure(folder);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())));
        assertTrue(Files.readString(keys.privateKey()).startsWith("-----BEGIN PRIVATE KEY-----"));
        try (var leftovers = Files.list(folder)) {
            assertEquals(2, leftovers.count(), "no temporary file left behind");
        }
    }
}
