package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.MatterType;

import java.time.Instant;
import java.util.List;

/** A decision as pages and the API show it. */
public record DecisionView(long id, long communityId, long estateId, String estateName, String title, String text,
                           String attachments, MatterType matterType, String matterLabel, String requiredFraction,
                           Integer seats, List<CandidateView> candidates, DecisionStatus status, Phase phase,
                           Instant opensAt, Instant closesAt, boolean parkingCounts, Integer proxyCap,
                           boolean silentClause, String silentCitation, Instant publishedAt, Instant closedAt,
                           String cancelReason, String parkingCitation) {

    public record CandidateView(long id, String name) {

        /** The name of the candidate's field in the ballot forms: an entry of {@link CastRequest#choices()}. */
        public String field() {
            return "choice_" + id;
        }
    }

    public boolean election() {
        return matterType == MatterType.OWNERS_COMMITTEE;
    }

    /** Owners and the public see it (it was published): its calendar entry, its record. */
    public boolean published() {
        return DecisionWorkflow.isPublic(status);
    }

    /** It has a counted result: receipts prove inclusion, named ballots may be inspected. */
    public boolean counted() {
        return DecisionWorkflow.isCounted(status);
    }
}
