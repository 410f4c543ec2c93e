package cn.shangliang.council;

import cn.shangliang.common.rules.Threshold;
import java.util.Objects;

/**
 * A council's configurable meeting rules (DOMAIN.md §3). Quorum counts members present against all members;
 * a resolution's majority counts yes votes against members present, so abstaining or not voting counts
 * against it.
 */
public record CouncilRules(Threshold quorum, Threshold majority, int agendaNoticeDays) {
    public static final CouncilRules DEFAULT = new CouncilRules(Threshold.moreThan(2, 3), Threshold.moreThan(1, 2), 2);

    public CouncilRules {
        Objects.requireNonNull(quorum);
        Objects.requireNonNull(majority);
        if (agendaNoticeDays < 0) {
            throw new IllegalArgumentException("agendaNoticeDays must not be negative");
        }
    }

    public boolean quorumPresent(int present, int members) {
        return quorum.isMetBy(present, members);
    }

    /** How many more members must check in before the meeting may vote. */
    public int moreNeededForQuorum(int present, int members) {
        return Math.toIntExact(quorum.shortfall(present, members));
    }

    public boolean passes(int yes, int present) {
        return majority.isMetBy(yes, present);
    }
}
