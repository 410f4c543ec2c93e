package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.NaturalOrder;
import cn.shangliang.community.rules.Voter;
import cn.shangliang.community.rules.VoterRoll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * The roster snapshot a decision is counted against: every voter of the estate, taken when the vote
 * opens and kept unchanged so that the tally can be recomputed for a court. Indexed once, because
 * one roster is counted many times (once per candidate in an election, again for a deemed tally).
 */
public final class IndexedVoterRoll {

    /** A voter's weight laid out for counting: its area per building index, and its head's building. */
    record Member(String key, long area, int[] buildings, long[] areas, int headBuilding) {
    }

    private final List<VoterRollEntry> voters;
    private final List<String> buildings;
    private final List<Member> members;
    private final Map<String, VoterRollEntry> byKey;
    private final Weight total;

    public IndexedVoterRoll(List<VoterRollEntry> voters) {
        this.voters = List.copyOf(voters);
        this.byKey = new HashMap<>(voters.size() * 2);
        // Buildings in the order people count them (1栋 … 10栋), which is the order of the per-building breakdown.
        // distinct names first, sorted once: a few hundred buildings, not one sorted insert per voter (issue 17)
        Set<String> names = new HashSet<>();
        Weight sum = Weight.ZERO;
        for (VoterRollEntry v : this.voters) {
            if (byKey.put(v.key(), v) != null) {
                throw new IllegalArgumentException("voter " + v.key() + " is on the roster twice");
            }
            names.addAll(v.areaByBuilding().keySet());
            sum = sum.plus(new Weight(v.area(), 1));
        }
        if (sum.area() == 0) {
            throw new IllegalArgumentException("the roster has no exclusive area: nothing can be decided");
        }
        this.total = sum;
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(NaturalOrder.INSTANCE);
        this.buildings = List.copyOf(sorted);
        this.members = index(this.voters, this.buildings);
    }

    private static List<Member> index(List<VoterRollEntry> voters, List<String> buildings) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < buildings.size(); i++) {
            indexOf.put(buildings.get(i), i);
        }
        List<Member> members = new ArrayList<>(voters.size());
        for (VoterRollEntry v : voters) {
            int[] where = new int[v.areaByBuilding().size()];
            long[] areas = new long[where.length];
            int i = 0;
            for (Map.Entry<String, Long> part : v.areaByBuilding().entrySet()) {
                where[i] = indexOf.get(part.getKey());
                areas[i++] = part.getValue();
            }
            members.add(new Member(v.key(), v.area(), where, areas, indexOf.get(v.headBuilding())));
        }
        return List.copyOf(members);
    }

    public static IndexedVoterRoll of(VoterRoll roll) {
        return new IndexedVoterRoll(roll.voters().stream().map(IndexedVoterRoll::voter).toList());
    }

    private static VoterRollEntry voter(Voter v) {
        return new VoterRollEntry(v.key(), v.areaByBuilding());
    }

    public List<VoterRollEntry> voters() {
        return voters;
    }

    /** Every building of the estate, sorted. */
    public List<String> buildings() {
        return buildings;
    }

    List<Member> members() {
        return members;
    }

    public boolean contains(String voterKey) {
        return byKey.containsKey(voterKey);
    }

    /** All exclusive area and all heads of the estate: the denominators of the quorum. */
    public Weight total() {
        return total;
    }
}
