package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.Choice;

import java.util.List;

/** Public views around the count: turnout while open, the verification list after, receipt look-ups. */
public final class TallyViews {

    private TallyViews() {
    }

    /** Participation against the 2/3 quorum while voting is open; never the choices. */
    public record TurnoutView(long decisionId, Phase phase, ResultView.WeightView total,
                              ResultView.WeightView participating, ResultView.WeightView quorumMinimum,
                              boolean quorumReached) {
    }

    /**
     * One counted ballot on the verification list: its public references (online or proxy receipt codes, paper
     * sheet numbers), its choice and its weight, with no name.
     */
    public record CountedBallot(List<String> references, String choice, String areaM2, long areaCenti, long heads) {

        /** The choice of a matter's ballot; null for an election ballot, whose choice lists every candidate. */
        public Choice single() {
            return choice.contains("=") ? null : Choice.valueOf(choice);
        }
    }

    public record VerificationView(long decisionId, ResultView result, List<CountedBallot> ballots, int page,
                                   int pageSize, int totalBallots) {
    }

    public record ReceiptLookup(String receipt, long decisionId, String decisionTitle, String choice, ReceiptStatus status) {
    }
}
