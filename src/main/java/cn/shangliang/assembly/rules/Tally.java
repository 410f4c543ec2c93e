package cn.shangliang.assembly.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    public static DecisionResult decide(MatterType matter, Roster roster, Map<String, Choice> ballots,
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
    static TallyResult count(Threshold required, Roster roster, Function<String, Choice> choiceOf) {
        Sums estate = new Sums();
        Map<String, Sums> buildings = new TreeMap<>();
        for (RosterVoter voter : roster.voters()) {
            Choice choice = choiceOf.apply(voter.key());
            String headBuilding = voter.headBuilding();
            for (Map.Entry<String, Long> part : voter.areaByBuilding().entrySet()) {
                long head = part.getKey().equals(headBuilding) ? 1 : 0;
                buildings.computeIfAbsent(part.getKey(), b -> new Sums()).add(choice, new Weight(part.getValue(), head));
            }
            estate.add(choice, new Weight(voter.area(), 1));
        }
        List<BuildingTally> breakdown = new ArrayList<>(buildings.size());
        buildings.forEach((name, sums) -> breakdown.add(sums.toBuilding(name)));
        Weight participating = estate.participating();
        Weight agree = estate.of(Choice.AGREE);
        return new TallyResult(required, estate.total, agree, estate.of(Choice.OPPOSE), estate.of(Choice.ABSTAIN),
                Quorum.of(participating, estate.total),
                required.reachedBy(agree.area(), participating.area()),
                required.reachedBy(agree.heads(), participating.heads()),
                breakdown);
    }

    static void requireOnRoster(Roster roster, Iterable<String> voterKeys) {
        for (String key : voterKeys) {
            if (!roster.contains(key)) {
                throw new IllegalArgumentException("voter " + key + " is not on the roster");
            }
        }
    }

    private static DeemedTally deem(MatterType matter, Roster roster, Map<String, Choice> ballots, TallyResult raw,
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
            if (Threshold.MORE_THAN_HALF.reachedBy(w.area(), participating.area())
                    && Threshold.MORE_THAN_HALF.reachedBy(w.heads(), participating.heads())) {
                return choice;
            }
        }
        return null;
    }

    private static final class Sums {
        private Weight total = Weight.ZERO;
        private final Map<Choice, Weight> byChoice = new EnumMap<>(Choice.class);

        void add(Choice choice, Weight weight) {
            total = total.plus(weight);
            if (choice != null) {
                byChoice.merge(choice, weight, Weight::plus);
            }
        }

        Weight of(Choice choice) {
            return byChoice.getOrDefault(choice, Weight.ZERO);
        }

        Weight participating() {
            return of(Choice.AGREE).plus(of(Choice.OPPOSE)).plus(of(Choice.ABSTAIN));
        }

        BuildingTally toBuilding(String name) {
            return new BuildingTally(name, total, of(Choice.AGREE), of(Choice.OPPOSE), of(Choice.ABSTAIN));
        }
    }
}
