package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.MerkleTree;

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
     * The public record of a closed decision: the result (its breakdown merged where groups are below
     * {@code minGroupSize}), the Merkle root over one leaf per counted ballot, and a page of the sorted leaves.
     */
    public record VerificationView(long decisionId, ResultView result, String merkleRoot, int leafCount,
                                   int minGroupSize, List<String> leaves, int page, int pageSize) {
    }

    /**
     * What a receipt code amounts to. Anyone holding the code sees the status (and why a ballot is not counted);
     * {@code choice} is filled only for the card holder whose ballot it is, logged in ({@code own}).
     */
    public record ReceiptLookup(String receipt, long decisionId, String decisionTitle, ReceiptStatus status,
                                NotCounted reason, boolean own, String choice) {
    }

    /** Why a receipt's ballot is not counted. */
    public enum NotCounted {
        /** Another record of the same voter carries a different choice; none counts until it is resolved. */
        CONFLICT,
        /** A proxy ballot outside its mandate's instruction or over the proxy cap. */
        MANDATE,
        /** A staff-recorded ballot waiting for a second staff member's confirmation, or rejected by the owner. */
        STAFF_RECORD,
        /** Replaced by the ballot the owner confirmed. */
        OWNER_CONFIRMED_OTHER,
        /** Staff resolved the voter's conflict in favour of another record, with a reason (assembly-tally.md). */
        RESOLVED_OTHER
    }

    /** One line of an owner's own ballot history on a decision. */
    public record HistoryRow(java.time.Instant at, BallotChannel channel, HistoryEvent event, String receipt, String choice,
                             String voterKey) {
        /** The choice as an enum, so the owner's history shows its label in their language, not the stored code. */
        public cn.shangliang.assembly.rules.Choice choiceValue() {
            if (choice == null) return null;
            for (var c : cn.shangliang.assembly.rules.Choice.values()) {
                if (c.name().equals(choice)) return c;
            }
            return null;
        }

        /** Whether its receipt code finds the ballot's inclusion proof (a paper entry is known by its sheet only). */
        public boolean provable() {
            return channel.issuesReceipts();
        }
    }

    public enum HistoryEvent { CAST, CHANGED, WITHDRAWN, MANDATE, ENTERED, VOIDED }

    /** The owner's proof that their counted ballot is a leaf of the published tree. */
    public record ProofView(String receipt, long decisionId, String merkleRoot, int leafCount, String leafText,
                            PublicRecordService.Leaf leaf, List<MerkleTree.Step> path, boolean included) {
    }
}
