package cn.shangliang.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Blobs in a folder (default {@code <data-dir>/attachments}), two levels of hash prefix so no folder grows huge.
 * A file appears whole or not at all (written beside, then moved), so instances sharing the folder read safely.
 */
public class FolderBlobStore implements BlobStore {

    private final Path root;

    public FolderBlobStore(Path root) {
        this.root = root;
    }

    Path path(String key) {
        if (!key.matches("[0-9a-f]{64}(\\.thumb)?")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        Path target = path(key);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(key + "." + UUID.randomUUID() + ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
