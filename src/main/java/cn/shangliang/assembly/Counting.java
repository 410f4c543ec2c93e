package cn.shangliang.assembly;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.TimeZone;

import java.time.Clock;

import cn.shangliang.assembly.ResultView.BuildingView;
import cn.shangliang.assembly.ResultView.CandidateView;
import cn.shangliang.assembly.ResultView.DeemedView;
import cn.shangliang.assembly.ResultView.ElectionView;
import cn.shangliang.assembly.ResultView.QuestionView;
import cn.shangliang.assembly.ResultView.QuorumView;
import cn.shangliang.assembly.ResultView.WeightView;
import cn.shangliang.assembly.rules.BallotRecords;
import cn.shangliang.assembly.rules.CandidateResult;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.assembly.rules.CommitteeElection;
import cn.shangliang.assembly.rules.ConflictRule;
import cn.shangliang.assembly.rules.DecisionResult;
import cn.shangliang.assembly.rules.EffectiveBallots;
import cn.shangliang.assembly.rules.ElectionResult;
import cn.shangliang.assembly.rules.GroupSuppression;
import cn.shangliang.assembly.rules.OnlineBallot;
import cn.shangliang.assembly.rules.PaperEntry;
import cn.shangliang.assembly.rules.ProxyBallot;
import cn.shangliang.assembly.rules.ProxyMandate;
import cn.shangliang.assembly.rules.CountableBallots;
import cn.shangliang.assembly.rules.IndexedVoterRoll;
import cn.shangliang.assembly.rules.SilentMajorityClause;
import cn.shangliang.assembly.rules.Tally;
import cn.shangliang.assembly.rules.TallyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Loads everything recorded for a decision and hands it to the pure rules ({@link EffectiveBallots}, {@link Tally},
 * {@link CommitteeElection}); it adds no counting rule of its own, only maps records in and results out.
 */
@ApplicationScoped
public class Counting {

    /** The name of the published row that merges buildings too small to show alone. */
    public static final String MERGED_BUILDINGS = "*";

    @Inject
    Clock clock;

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    StaffRecordChecks checks;

    @Inject
    ChoiceSeal seal;

    @Inject
    EntityManager em;

    /** The fewest ballots a published cell (a building's agree, oppose or abstain) may hold (ballot-privacy.md). */
    @Inject
    AssemblyConfig config;

    /** A decision's ballots resolved against its roster, and the count. */
    public record Counted(IndexedVoterRoll roster, CountableBallots<String> resolution, ResultView result) {
    }

    public Counted count(Decision d) {
        IndexedVoterRoll roster = snapshot.load(d.id);
        CountableBallots<String> resolution = resolve(d);
        return new Counted(roster, resolution, result(d, roster, resolution, clock.instant()));
    }

    /**
     * The decision's records resolved by the rules. Staff records held for confirmation or rejected by the owner,
     * and online ballots the owner set aside by confirming a staff record, are left out first (StaffRecordChecks).
     */
    public CountableBallots<String> resolve(Decision d) {
        StaffRecordChecks.Checks held = checks.of(d.id);
        Resolved resolved = Resolved.of(d.id);
        List<OnlineBallot<String>> online = onlineBallots(d.id, held, resolved);
        List<PaperEntry<String>> paper = PaperBallotEntry.<PaperBallotEntry>list("decisionId = ?1 and voidedAt is null", d.id)
                .stream().filter(e -> held.counts(BallotChannel.PAPER, e.sheetNo))
                .filter(e -> resolved.stands(e.voterKey, BallotChannel.PAPER, e.sheetNo))
                .map(e -> new PaperEntry<>(e.sheetNo, e.voterKey, e.staffAccount, e.choice)).toList();
        Set<Long> setAside = new HashSet<>();
        List<ProxyMandate<String>> mandates = ProxyMandateRecord.<ProxyMandateRecord>list("decisionId", d.id).stream()
                .filter(m -> held.counts(BallotChannel.PROXY, String.valueOf(m.id)))
                .filter(m -> resolved.stands(m.voterKey, BallotChannel.PROXY, String.valueOf(m.id)) || !setAside.add(m.id))
                .map(m -> new ProxyMandate<>(String.valueOf(m.id), m.voterKey, m.proxyKey, m.id, m.instruction)).toList();
        List<ProxyBallot<String>> proxy = ProxyBallotRecord.<ProxyBallotRecord>list("decisionId", d.id).stream()
                .filter(p -> held.counts(BallotChannel.PROXY, String.valueOf(p.mandateId)) && !setAside.contains(p.mandateId))
                .map(p -> new ProxyBallot<>(String.valueOf(p.mandateId), p.id, p.castAt, p.choice)).toList();
        OptionalInt cap = d.proxyCap == null ? OptionalInt.empty() : OptionalInt.of(d.proxyCap);
        return EffectiveBallots.resolve(new BallotRecords<>(online, paper, mandates, proxy), cap);
    }

    /**
     * The decision's current online ballots as plain rows, streamed, opened once each (no entities: a million
     * managed ballots took gigabytes, issue 17). Equal choices share one string.
     */
    private List<OnlineBallot<String>> onlineBallots(long decisionId, StaffRecordChecks.Checks held,
                                                     Resolved resolved) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<OnlineBallot<String>> online = new ArrayList<>();
            Map<String, String> choices = new HashMap<>();
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            // once, not per ballot: a scan of every staff record per ballot grows with both
            Set<String> setAside = held.ownersConfirmedOther();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT voter_key, sequence, cast_at, choice FROM assembly_ballot WHERE decision_id = ?")) {
                st.setLong(1, decisionId);
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String voter = rs.getString(1);
                        if (setAside.contains(voter)
                                || !resolved.stands(voter, BallotChannel.ONLINE, Long.toString(rs.getLong(2)))) {
                            continue;
                        }
                        String choice = seal.open(rs.getString(4));
                        online.add(new OnlineBallot<>(voter, rs.getLong(2), rs.getTimestamp(3, utc).toInstant(),
                                choice == null ? null : choices.computeIfAbsent(choice, k -> k)));
                    }
                }
            }
            return online;
        });
    }

    /** Staff's resolutions of conflicts (ConflictService): for a resolved voter only the record let stand counts. */
    record Resolved(Map<String, ConflictResolution> byVoter) {

        static Resolved of(long decisionId) {
            Map<String, ConflictResolution> map = new HashMap<>();
            ConflictResolution.<ConflictResolution>list("decisionId", decisionId).forEach(r -> map.put(r.voterKey, r));
            return new Resolved(map);
        }

        boolean stands(String voterKey, BallotChannel channel, String reference) {
            ConflictResolution r = byVoter.get(voterKey);
            return r == null || ConflictRule.stands(r.channel, r.recordRef, channel, reference);
        }
    }

    ResultView result(Decision d, IndexedVoterRoll roster, CountableBallots<String> resolution, Instant at) {
        Map<String, String> choices = resolution.choices();
        int conflicts = resolution.conflicts().size();
        int pending = resolution.pendingPaper().size();
        boolean provisional = conflicts > 0 || pending > 0;
        if (d.election()) {
            Map<String, Map<String, Choice>> marks = new HashMap<>(choices.size() * 2);
            choices.forEach((voter, encoded) -> marks.put(voter, ChoiceCodec.marks(encoded)));
            List<Candidate> candidates = Candidate.of(d.id);
            Map<String, Candidate> byId = new LinkedHashMap<>();
            candidates.forEach(c -> byId.put(String.valueOf(c.id), c));
            ElectionResult e = CommitteeElection.elect(roster, marks, List.copyOf(byId.keySet()), d.seats);
            TallyResult first = e.candidates().get(0).tally();
            List<CandidateView> views = e.candidates().stream().map(c -> candidate(c, byId.get(c.candidate()))).toList();
            List<String> elected = e.elected().stream().map(id -> byId.get(id).name).toList();
            return new ResultView(d.id, d.matterType.name(), d.matterType.threshold().toString(), provisional, conflicts,
                    pending, WeightView.of(first.total()), WeightView.of(first.participating()), quorum(first), null,
                    new ElectionView(e.seats(), e.runoffSeats(), e.voidBallots().size(), views, elected), null, at);
        }
        Map<String, Choice> single = new HashMap<>(choices.size() * 2);
        choices.forEach((voter, encoded) -> single.put(voter, ChoiceCodec.single(encoded)));
        SilentMajorityClause clause = d.silentClause ? new SilentMajorityClause(d.silentCitation, silent(d, resolution)) : null;
        DecisionResult r = Tally.decide(d.matterType, roster, single, clause);
        DeemedView deemed = r.deemed() == null ? null : new DeemedView(r.deemed().citation(),
                r.deemed().followed() == null ? null : r.deemed().followed().name(),
                WeightView.of(r.deemed().silentFollowing()), question(r.deemed().tally()));
        return new ResultView(d.id, d.matterType.name(), d.matterType.threshold().toString(), provisional, conflicts,
                pending, WeightView.of(r.raw().total()), WeightView.of(r.raw().participating()), quorum(r.raw()),
                question(r.raw()), null, deemed, at);
    }

    /** Voters with recorded delivery of the ballot and nothing of any kind on record: only they can be silent. */
    private static Set<String> silent(Decision d, CountableBallots<String> resolution) {
        Set<String> silent = new HashSet<>();
        for (BallotDelivery delivery : BallotDelivery.<BallotDelivery>list("decisionId", d.id)) {
            if (!resolution.voterKeysOnRecord().contains(delivery.voterKey)) {
                silent.add(delivery.voterKey);
            }
        }
        return silent;
    }

    private static QuorumView quorum(TallyResult t) {
        return new QuorumView(t.quorum().met(), WeightView.of(t.quorum().shortfall()));
    }

    QuestionView question(TallyResult t) {
        List<BuildingView> buildings = GroupSuppression.apply(t.buildings(), config.minGroupSize(), MERGED_BUILDINGS).stream().map(b -> new BuildingView(b.building(),
                WeightView.of(b.total()), WeightView.of(b.participating()), WeightView.of(b.agree()),
                WeightView.of(b.oppose()), WeightView.of(b.abstain()))).toList();
        return new QuestionView(WeightView.of(t.agree()), WeightView.of(t.oppose()), WeightView.of(t.abstain()),
                t.agreeAreaReached(), t.agreeHeadsReached(), t.passed(), buildings);
    }

    private CandidateView candidate(CandidateResult c, Candidate candidate) {
        return new CandidateView(candidate.id, candidate.name, question(c.tally()), c.rank(), c.outcome());
    }
}
