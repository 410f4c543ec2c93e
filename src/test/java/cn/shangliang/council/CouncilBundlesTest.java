package cn.shangliang.council;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Chinese and English bundles of councils and proposals have the same keys, none of them empty. */
class CouncilBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CouncilBundlesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"council", "proposal"})
    void zhAndEnHaveTheSameKeys(String bundle) throws IOException {
        Properties zh = load(bundle + "_zh.properties");
        Properties en = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        zh.forEach((k, v) -> assertFalse(v.toString().isBlank(), "empty zh text for " + k));
        en.forEach((k, v) -> assertFalse(v.toString().isBlank(), "empty en text for " + k));
    }
}
