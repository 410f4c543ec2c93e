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

    /**
     * The overlapping pairs of letters and digits of a folded text, each as one hex word of 8 characters (two
     * UTF-16 units of 4 hex digits: a character outside the BMP is a pair of surrogates), space-separated and
     * without repeats. A full-text index over these words finds texts containing every pair of a query; runs of
     * one character give no pair, so one-character queries fall back to LIKE.
     */
    public static String grams(String folded) {
        java.util.LinkedHashSet<String> grams = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            char a = folded.charAt(i);
            char b = folded.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) || Character.isSurrogate(a) || Character.isSurrogate(b)) {
                grams.add(String.format("%04x%04x", (int) a, (int) b));
            }
        }
        return String.join(" ", grams);
    }
}
