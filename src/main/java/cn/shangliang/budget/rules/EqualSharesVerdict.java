package cn.shangliang.budget.rules;

/** Outcome of one project under the Method of Equal Shares. */
public enum EqualSharesVerdict {
    FUNDED("funded"),
    NOT_AFFORDABLE("its supporters could not pay"),
    NO_SUPPORTERS("no supporters"),
    WITHDRAWN("withdrawn (cost 999999999)");

    private final String text;

    EqualSharesVerdict(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
