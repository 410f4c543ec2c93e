package cn.shangliang.search;

import java.util.ArrayList;
import java.util.List;

import cn.shangliang.common.text.SearchText;
import io.quarkus.qute.TemplateData;

/**
 * A snippet of a found text around its first match, cut into parts so the template escapes every part and marks
 * the matching ones (no HTML is built here). Matching is on the NFKC form, ignoring case, as the query was.
 */
public final class Highlight {

    /** Characters shown before and after the first match. */
    static final int CONTEXT = 30;

    private Highlight() {
    }

    @TemplateData
    public record Part(String text, boolean hit) {
    }

    public static List<Part> parts(String text, String query) {
        String t = (text == null ? "" : text).replaceAll("\\s+", " ").strip();
        String q = SearchText.normalise(query);
        Folded folded = Folded.of(t);
        List<Part> parts = new ArrayList<>();
        int first = q.isEmpty() ? -1 : folded.text.indexOf(q);
        if (first < 0) {
            parts.add(new Part(t.length() > 2 * CONTEXT ? t.substring(0, 2 * CONTEXT) + "…" : t, false));
            return parts;
        }
        int from = Math.max(0, folded.start(first) - CONTEXT);
        int to = Math.min(t.length(), folded.end(first + q.length()) + CONTEXT);
        int at = from;
        for (int hit = first; hit >= 0 && folded.start(hit) < to; hit = folded.text.indexOf(q, hit + q.length())) {
            int hitStart = folded.start(hit);
            int hitEnd = Math.min(to, folded.end(hit + q.length()));
            if (hitStart < at) {
                continue;
            }
            if (hitStart > at) {
                parts.add(new Part(t.substring(at, hitStart), false));
            }
            parts.add(new Part(t.substring(hitStart, hitEnd), true));
            at = hitEnd;
        }
        if (at < to) {
            parts.add(new Part(t.substring(at, to), false));
        }
        if (from > 0) {
            parts.add(0, new Part("…", false));
        }
        if (to < t.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }

    /**
     * The text folded as queries are (NFKC, lower case) one character at a time, remembering where each folded
     * character came from, so a match is marked on the text as written (full-width punctuation stays).
     */
    private record Folded(String text, int[] origin, int length) {
        static Folded of(String t) {
            StringBuilder f = new StringBuilder();
            int[] origin = new int[t.length() * 4 + 1];
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                String one = SearchText.normalise(new String(Character.toChars(cp)));
                if (one.isEmpty()) {
                    one = new String(Character.toChars(cp));
                }
                for (int k = 0; k < one.length(); k++) {
                    origin[f.length()] = i;
                    f.append(one.charAt(k));
                }
                i += Character.charCount(cp);
            }
            return new Folded(f.toString(), origin, t.length());
        }

        int start(int foldedIndex) {
            return foldedIndex >= text.length() ? length : origin[foldedIndex];
        }

        /** The end in the original text of the folded range ending (exclusive) at {@code foldedEnd}. */
        int end(int foldedEnd) {
            if (foldedEnd >= text.length()) {
                return length;
            }
            return origin[foldedEnd];
        }
    }


}
