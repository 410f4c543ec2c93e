package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.Choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A counted decision as published: exactly what the board, the page and the API show, and what is stored
 * unchanged when the decision closes. Areas are given both in 0.01 m² (exact, for recomputing) and in m².
 *
 * @param decision    the count of a matter; null for an election
 * @param election    the count of an owners' committee election; null for a matter
 * @param deemed      the tally with silent owners deemed to follow the majority, beside the raw one; null
 *                    when the estate has no such clause
 * @param provisional true while ballots are in conflict or paper sheets await their second entry: such a
 *                    result is not final
 */
public record ResultView(long decisionId, String matterType, String requiredFraction, boolean provisional,
                         int conflicts, int pendingSheets, WeightView total, WeightView participating,
                         QuorumView quorum, QuestionView decision, ElectionView election, DeemedView deemed,
                         Instant computedAt) {

    /** The same result without the time it was computed: two counts agree when these are equal. */
    public ResultView withoutTime() {
        return new ResultView(decisionId, matterType, requiredFraction, provisional, conflicts, pendingSheets, total,
                participating, quorum, decision, election, deemed, null);
    }

    public boolean passed() {
        return decision != null ? decision.passed() : !election.elected().isEmpty();
    }

    public record WeightView(long areaCenti, String areaM2, long heads) {
        public static WeightView of(cn.shangliang.assembly.rules.Weight w) {
            return new WeightView(w.area(), BigDecimal.valueOf(w.area(), 2).toPlainString(), w.heads());
        }
    }

    public record QuorumView(boolean met, WeightView shortfall) {
    }

    public record QuestionView(WeightView agree, WeightView oppose, WeightView abstain, boolean agreeAreaReached,
                               boolean agreeHeadsReached, boolean passed, List<BuildingView> buildings) {

        /** Whether any building row shows area with no head, so the table needs its footnote. */
        public boolean anyAreaWithoutHeads() {
            return buildings.stream().anyMatch(BuildingView::areaWithoutHeads);
        }

        /** The three choices in order, for tables. */
        public List<ChoiceRow> rows() {
            return List.of(new ChoiceRow(Choice.AGREE, agree), new ChoiceRow(Choice.OPPOSE, oppose),
                    new ChoiceRow(Choice.ABSTAIN, abstain));
        }
    }

    public record ChoiceRow(Choice choice, WeightView weight) {
    }

    public record BuildingView(String building, WeightView total, WeightView participating, WeightView agree,
                               WeightView oppose, WeightView abstain) {

        /**
         * Whether a cell shows area with no head: an owner with flats in several buildings is one head, counted in one
         * building, while their area counts where it lies (issue 19: the table footnotes it).
         */
        public boolean areaWithoutHeads() {
            return List.of(participating, agree, oppose, abstain).stream().anyMatch(w -> w.heads() == 0 && w.areaCenti() > 0);
        }
    }

    public record CandidateView(long candidateId, String name, QuestionView tally, int rank,
                                cn.shangliang.assembly.rules.CandidateOutcome outcome) {
    }

    public record ElectionView(int seats, int runoffSeats, int voidBallots, List<CandidateView> candidates,
                               List<String> elected) {
    }

    public record DeemedView(String citation, String followed, WeightView silentFollowing, QuestionView tally) {
    }
}
