package cn.shangliang.budget.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the Pabulib test files: small ones on the classpath, large ones in the shared data folder. */
final class PabulibFiles {

    private PabulibFiles() {
    }

    static PabulibElection resource(String name) {
        try (InputStream in = PabulibFiles.class.getResourceAsStream("/pabulib/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource pabulib/" + name);
            }
            return PabulibParser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code ../shared/data/pabulib} seen from the project, found by walking up from the working
     * directory, so it works from the worktree, from a module folder and from an IDE.
     */
    static Optional<Path> sharedFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/pabulib");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
