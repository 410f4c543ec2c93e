package cn.shangliang.common.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Pure: the text of a cell. A text that Excel, WPS or LibreOffice would read as a formula (starting with
 * {@code = + - @}, or a tab or carriage return before one) gets a leading apostrophe, as OWASP advises for CSV
 * injection, so user data such as a proposal titled "=HYPERLINK(...)" stays text in every program.
 */
public final class CellText {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }

    /** Whether Excel would take this identifier for a number and drop its leading zeros or round it. */
    public static boolean looksNumeric(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    /** The text of a value in a column of the given kind, as both writers put it. */
    public static String of(Object value, ColumnKind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case TIME -> value instanceof Instant i ? TIME.format(i) : value.toString();
            case TEXT, IDENTIFIER -> neutralise(value.toString());
        };
    }
}
