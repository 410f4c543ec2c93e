package cn.shangliang.budget.rules;

/**
 * Which of two tied projects goes first. A tie is an equal score for the greedy rules, and an equal price
 * (per supporter, or per unit of cost with cost utilities) in an Equal Shares round. Every order here is
 * total, so a selection never depends on chance or on the order of a hash map.
 */
public enum TieBreak {

    /**
     * The Pabulib reference libraries (pabutools' lexicographic tie-breaking): the project whose id is
     * smaller <em>as a string</em> goes first, comparing Unicode code points, so "10" goes before "9" and
     * "L007" before "L061". Use it to reproduce Pabulib files.
     */
    PROJECT_ID,

    /**
     * Our product order for its own elections: the cheaper project goes first (it leaves more money for
     * the others); between equal costs, the one submitted earlier, i.e. listed earlier in
     * {@link SelectionInput#projects()}.
     */
    LOWER_COST_THEN_SUBMISSION;

    /**
     * Negative if {@code a} goes before {@code b}.
     *
     * @param submissionA position of {@code a} in submission order
     * @param submissionB position of {@code b} in submission order
     */
    public int compare(Project a, int submissionA, Project b, int submissionB) {
        return switch (this) {
            case PROJECT_ID -> compareCodePoints(a.id(), b.id());
            case LOWER_COST_THEN_SUBMISSION -> {
                int byCost = a.cost().compareTo(b.cost());
                yield byCost != 0 ? byCost : Integer.compare(submissionA, submissionB);
            }
        };
    }

    /** Python's string order, which pabutools uses; String.compareTo differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
