package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The double-majority count of owners' joint decisions, 民法典 Art. 278: a quorum of two thirds of all
 * exclusive area and of all owners, then the matter's fraction of the participating area and of the
 * participating headcount. Pure and exact; see docs/rules/assembly-tally.md.
 */
public final class Tally {

    private Tally() {
    }

    /**
     * Counts a decision.
     *
     * @param ballots the effective ballots, voter key to choice; voters without a ballot did not take part
     * @param clause  the silent-majority clause, or null when the estate has none (the default)
     * @throws IllegalArgumentException if a ballot or a silent voter is not on the roster, or a silent
     *                                  voter has a ballot
     */
    public static DecisionResult decide(MatterType matter, IndexedVoterRoll roster, Map<String, Choice> ballots,
                                        SilentMajorityClause clause) {
        requireOnRoster(roster, ballots.keySet());
        for (Map.Entry<String, Choice> ballot : ballots.entrySet()) {
            if (ballot.getValue() == null) {
                throw new IllegalArgumentException("voter " + ballot.getKey() + " has a ballot without a choice");
            }
        }
        TallyResult raw = count(matter.threshold(), roster, ballots::get);
        DeemedTally deemed = clause == null ? null : deem(matter, roster, ballots, raw, clause);
        return new DecisionResult(matter, raw, deemed);
    }

    /**
     * Counts one question with the given fraction; {@code choiceOf} gives null for a voter who did
     * not take part.
     */
    static TallyResult count(Threshold required, IndexedVoterRoll roster, Function<String, Choice> choiceOf) {
        Sums estate = new Sums();
        Sums[] buildings = new Sums[roster.buildings().size()];
        for (int b = 0; b < buildings.length; b++) {
            buildings[b] = new Sums();
        }
        for (IndexedVoterRoll.Member member : roster.members()) {
            Choice choice = choiceOf.apply(member.key());
            for (int i = 0; i < member.buildings().length; i++) {
                int building = member.buildings()[i];
                buildings[building].add(choice, member.areas()[i], building == member.headBuilding() ? 1 : 0);
            }
            estate.add(choice, member.area(), 1);
        }
        List<BuildingTally> breakdown = new ArrayList<>(buildings.length);
        for (int b = 0; b < buildings.length; b++) {
            breakdown.add(buildings[b].toBuilding(roster.buildings().get(b)));
        }
        Weight participating = estate.participating();
        Weight agree = estate.of(Choice.AGREE);
        return new TallyResult(required, estate.total(), agree, estate.of(Choice.OPPOSE), estate.of(Choice.ABSTAIN),
                Quorum.of(participating, estate.total()),
                required.isMetBy(agree.area(), participating.area()),
                required.isMetBy(agree.heads(), participating.heads()),
                breakdown);
    }

    /**
     * Participation so far against the quorum, by the very rule and roster the count uses: who took part is
     * all the turnout needs (never a choice), so every voter on record counts as taking part and nothing else
     * is known. Voters not on the roster are not counted, as in {@link #count}.
     */
    public static Turnout turnout(IndexedVoterRoll roster, Set<String> votersOnRecord) {
        TallyResult t = count(MatterType.QUORUM, roster, key -> votersOnRecord.contains(key) ? Choice.ABSTAIN : null);
        return new Turnout(t.total(), t.participating(), Quorum.minimumOf(t.total()), t.quorum());
    }

    static void requireOnRoster(IndexedVoterRoll roster, Iterable<String> voterKeys) {
        for (String key : voterKeys) {
            if (!roster.contains(key)) {
                throw new IllegalArgumentException("voter " + key + " is not on the roster");
            }
        }
    }

    private static DeemedTally deem(MatterType matter, IndexedVoterRoll roster, Map<String, Choice> ballots, TallyResult raw,
                                    SilentMajorityClause clause) {
        requireOnRoster(roster, clause.silentDelivered());
        for (String key : clause.silentDelivered()) {
            if (ballots.containsKey(key)) {
                throw new IllegalArgumentException("voter " + key + " voted and cannot be silent");
            }
        }
        Choice majority = majority(raw);
        if (majority == null) {
            return new DeemedTally(clause.citation(), null, Weight.ZERO, raw);
        }
        TallyResult deemed = count(matter.threshold(), roster, key -> {
            Choice cast = ballots.get(key);
            return cast == null && clause.silentDelivered().contains(key) ? majority : cast;
        });
        return new DeemedTally(clause.citation(), majority, deemed.participating().minus(raw.participating()), deemed);
    }

    /**
     * The choice silent owners follow: one that holds more than half of the participating area and
     * more than half of the participating heads. A mere plurality, or a majority in one measure only,
     * is no majority: deeming casts votes nobody cast, so it is done only when the majority is unambiguous.
     */
    private static Choice majority(TallyResult raw) {
        Weight participating = raw.participating();
        for (Choice choice : Choice.values()) {
            Weight w = raw.of(choice);
            if (Threshold.MORE_THAN_HALF.isMetBy(w.area(), participating.area())
                    && Threshold.MORE_THAN_HALF.isMetBy(w.heads(), participating.heads())) {
                return choice;
            }
        }
        return null;
    }

    /** Area and heads per choice, with the slot after the last choice for everyone on the roster. */
    private static final class Sums {
        private static final int TOTAL = Choice.values().length;
        private final long[] area = new long[TOTAL + 1];
        private final long[] heads = new long[TOTAL + 1];

        void add(Choice choice, long voterArea, long voterHeads) {
            area[TOTAL] = Math.addExact(area[TOTAL], voterArea);
            heads[TOTAL] += voterHeads;
            if (choice != null) {
                area[choice.ordinal()] = Math.addExact(area[choice.ordinal()], voterArea);
                heads[choice.ordinal()] += voterHeads;
            }
        }

        Weight of(Choice choice) {
            return new Weight(area[choice.ordinal()], heads[choice.ordinal()]);
        }

        Weight total() {
            return new Weight(area[TOTAL], heads[TOTAL]);
        }

        Weight participating() {
            return of(Choice.AGREE).plus(of(Choice.OPPOSE)).plus(of(Choice.ABSTAIN));
        }

        BuildingTally toBuilding(String name) {
            return new BuildingTally(name, total(), of(Choice.AGREE), of(Choice.OPPOSE), of(Choice.ABSTAIN));
        }
    }
}
