package cn.shangliang.community.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Roster refusals kept in messages/roster_zh|en.properties rather than in code. Row reasons are stored with a
 * finished job and shown to staff, who work in Chinese, so they are rendered in Chinese.
 */
final class RosterTexts {

    private static final Properties ZH = load("messages/roster_zh.properties");

    private RosterTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ZH.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no roster text " + key);
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = RosterTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
