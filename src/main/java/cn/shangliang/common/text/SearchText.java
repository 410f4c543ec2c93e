package cn.shangliang.common.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form text is searched in: NFKC (full-width letters and digits become ASCII, compatibility ideographs
 * their unified form) and lower case, so "ＡＢＣ电梯" is found by "abc电梯". Stored beside the text, binary
 * collated, and compared with the query in the same form.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** A LIKE pattern matching {@code query} anywhere, with LIKE's own wildcards escaped. */
    public static String containsPattern(String normalisedQuery) {
        return "%" + normalisedQuery.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
