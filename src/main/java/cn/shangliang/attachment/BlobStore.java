package cn.shangliang.attachment;

import java.util.Optional;

/**
 * Where attachment bytes live, named by their SHA-256 (never by what the uploader called the file). The same
 * bytes are stored once; a key is written at most once with the same content, so writers never conflict.
 */
public interface BlobStore {

    void put(String key, byte[] bytes, String mediaType);

    Optional<byte[]> get(String key);
}
