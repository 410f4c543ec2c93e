package cn.shangliang.assembly.rules;

import cn.shangliang.community.rules.Voter;
import cn.shangliang.community.rules.VoterRoll;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster snapshot a decision is counted against: every voter of the estate, taken when the vote
 * opens and kept unchanged so that the tally can be recomputed for a court.
 */
public final class Roster {

    private final List<RosterVoter> voters;
    private final Map<String, RosterVoter> byKey;
    private final Weight total;

    public Roster(List<RosterVoter> voters) {
        this.voters = List.copyOf(voters);
        this.byKey = new HashMap<>(voters.size() * 2);
        Weight sum = Weight.ZERO;
        for (RosterVoter v : this.voters) {
            if (byKey.put(v.key(), v) != null) {
                throw new IllegalArgumentException("voter " + v.key() + " is on the roster twice");
            }
            sum = sum.plus(new Weight(v.area(), 1));
        }
        if (sum.area() == 0) {
            throw new IllegalArgumentException("the roster has no exclusive area: nothing can be decided");
        }
        this.total = sum;
    }

    public static Roster of(VoterRoll roll) {
        return new Roster(roll.voters().stream().map(Roster::voter).toList());
    }

    private static RosterVoter voter(Voter v) {
        return new RosterVoter(v.key(), v.areaByBuilding());
    }

    public List<RosterVoter> voters() {
        return voters;
    }

    public boolean contains(String voterKey) {
        return byKey.containsKey(voterKey);
    }

    /** All exclusive area and all heads of the estate: the denominators of the quorum. */
    public Weight total() {
        return total;
    }
}
