package cn.shangliang.budget.rules;

/** Outcome of one project under a greedy rule. */
public enum GreedyVerdict {
    FUNDED("funded"),
    DOES_NOT_FIT("does not fit"),
    BELOW_THRESHOLD("below threshold"),
    STOPPED("stopped at first non-fitting"),
    WITHDRAWN("withdrawn (cost 999999999)");

    private final String text;

    GreedyVerdict(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
