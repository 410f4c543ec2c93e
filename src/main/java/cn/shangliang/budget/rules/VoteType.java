package cn.shangliang.budget.rules;

import java.util.Locale;

/** Pabulib's {@code vote_type}: what a ballot says and therefore how a project's score is counted. */
public enum VoteType {
    /** A set of approved projects; score = number of approvals. */
    APPROVAL("approval"),
    /** Approval of exactly one project. */
    CHOOSE_1("choose-1"),
    /** A ranking; score = positional points (see {@link Scores#positional}). */
    ORDINAL("ordinal"),
    /** Points spread over projects within a total; score = sum of points. */
    CUMULATIVE("cumulative"),
    /** Independent points per project; score = sum of points. */
    SCORING("scoring");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public boolean approvalBased() {
        return this == APPROVAL || this == CHOOSE_1;
    }

    public static VoteType fromPabulib(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (VoteType type : values()) {
            if (type.pabulibName.equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown vote_type '" + name + "'");
    }
}
