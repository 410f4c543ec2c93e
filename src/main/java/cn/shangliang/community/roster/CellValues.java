package cn.shangliang.community.roster;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.OwnerKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The words a roster's cells may hold (面积来源 登记, 业主类型 个人, 是/否, the separators of co-owners), read from
 * {@code roster/cell-values.properties}: Chinese spreadsheets are data of the file format, kept out of the code.
 */
final class CellValues {

    private static final Properties WORDS = load();

    static final Map<String, AreaSource> AREA_SOURCES = values("area-source.", AreaSource.class);
    static final Map<String, OwnerKind> OWNER_KINDS = values("owner-kind.", OwnerKind.class);
    static final Map<String, Boolean> YES_NO = yesNo();
    static final Pattern CO_OWNER_SEPARATOR = anyOf("co-owner-separators");
    static final Pattern NAME_ID_SEPARATOR = anyOf("name-id-separators");
    private static final String VOTER_MARKS = WORDS.getProperty("voter-marks");

    private CellValues() {
    }

    /** Whether a co-owner entry starts with the mark of the designated voter (*). */
    static boolean markedAsVoter(String entry) {
        return !entry.isEmpty() && VOTER_MARKS.indexOf(entry.charAt(0)) >= 0;
    }

    private static <E extends Enum<E>> Map<String, E> values(String prefix, Class<E> type) {
        Map<String, E> values = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            for (String word : WORDS.getProperty(prefix + constant.name()).split(",")) {
                values.put(word.strip().toUpperCase(Locale.ROOT), constant);
            }
        }
        return Map.copyOf(values);
    }

    private static Map<String, Boolean> yesNo() {
        Map<String, Boolean> values = new HashMap<>();
        for (String word : WORDS.getProperty("yes").split(",")) {
            values.put(word.strip().toUpperCase(Locale.ROOT), true);
        }
        for (String word : WORDS.getProperty("no").split(",")) {
            values.put(word.strip().toUpperCase(Locale.ROOT), false);
        }
        return Map.copyOf(values);
    }

    private static Pattern anyOf(String key) {
        return Pattern.compile("[" + Pattern.quote(WORDS.getProperty(key)) + "]");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = CellValues.class.getClassLoader().getResourceAsStream("roster/cell-values.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing roster/cell-values.properties");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
