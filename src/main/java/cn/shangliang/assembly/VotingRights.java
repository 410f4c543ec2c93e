package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * The card holder's voting rights on a decision (their own units, co-owned units they vote for), by plain names: an
 * owner with several rights must learn which is which without internal keys (issue 18).
 */
@ApplicationScoped
public class VotingRights {

    @Inject
    BallotService ballots;

    @Inject
    VoterNames names;

    @Inject
    DecisionViews views;

    /**
     * One voting right of the caller.
     *
     * @param voterKey what to send as {@code voterKey} when casting for this right
     * @param choice   the caller's own current choice for a matter (never shown to anyone else); null when none
     *                 or for an election
     */
    public record VotingRight(String voterKey, String name, List<String> flats, List<String> owners, String areaM2,
                              boolean voted, String receipt, Choice choice) {
    }

    public List<VotingRight> ofCaller(long decisionId) {
        Decision d = views.visible(decisionId);
        List<SnapshotVoter> voters = ballots.votersOfCaller(d);
        Map<String, VoterNames.VoterName> named = names.of(d.id, voters.stream().map(v -> v.voterKey).toList());
        Map<String, Ballot> mine = ballots.currentOfCaller(d);
        return voters.stream().map(v -> {
            VoterNames.VoterName n = named.get(v.voterKey);
            Ballot b = mine.get(v.voterKey);
            boolean voted = b != null && b.choice != null;
            return new VotingRight(v.voterKey, n.name(), n.flats(), n.owners(),
                    java.math.BigDecimal.valueOf(v.areaCenti, 2).toPlainString(), voted, voted ? b.receipt : null,
                    voted && !d.election() ? ChoiceCodec.single(b.choice) : null);
        }).toList();
    }
}
