package cn.shangliang.assembly;

import java.time.Clock;

import cn.shangliang.assembly.Counting.Counted;
import cn.shangliang.assembly.TallyViews.CountedBallot;
import cn.shangliang.assembly.TallyViews.ReceiptLookup;
import cn.shangliang.assembly.TallyViews.TurnoutView;
import cn.shangliang.assembly.TallyViews.VerificationView;
import cn.shangliang.assembly.rules.Cast;
import cn.shangliang.assembly.rules.Channel;
import cn.shangliang.assembly.rules.EffectiveBallot;
import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.assembly.rules.CountableBallots;
import cn.shangliang.assembly.rules.Weight;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Closing and counting decisions, and everything the public sees of the count. */
@ApplicationScoped
public class TallyService {

    @Inject
    Clock clock;

    public static final int VERIFY_PAGE_SIZE = 100;
    static final String SYSTEM_ACTOR = "system:assembly-close";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    @Inject
    Counting counting;

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionViews views;

    @Inject
    ObjectMapper json;

    /** Staff close a decision whose window (and the change grace after it) has ended. */
    @Transactional
    public ResultView close(long id) {
        Decision d = decisions.lockForStaff(id);
        return closeLocked(d, currentUser.auditName());
    }

    /** Closes one due decision for the scheduled job; false when it is not (or no longer) due. */
    @Transactional
    public boolean closeIfDue(long id) {
        Decision d = Decision.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.status != DecisionStatus.PUBLISHED || clock.instant().isBefore(closableAt(d))) {
            return false;
        }
        closeLocked(d, SYSTEM_ACTOR);
        return true;
    }

    public List<Long> dueIds() {
        return Decision.<Decision>list("status = ?1 and closesAt <= ?2", DecisionStatus.PUBLISHED,
                clock.instant().minus(BallotService.CHANGE_GRACE)).stream().map(d -> d.id).toList();
    }

    /**
     * Counts again a closed decision whose result was provisional, once staff resolved conflicts or entered the
     * missing paper entries; publishes the new result.
     */
    @Transactional
    public ResultView recount(long id) {
        Decision d = decisions.lockForStaff(id);
        PublishedResult stored = PublishedResult.findById(d.id);
        if (d.status != DecisionStatus.CLOSED || stored == null || !stored.provisional) {
            throw DomainException.conflict("not-provisional");
        }
        return publish(d, stored, currentUser.auditName(), "assembly.recount");
    }

    private ResultView closeLocked(Decision d, String actor) {
        if (d.status != DecisionStatus.PUBLISHED) {
            throw DomainException.conflict("not-closable");
        }
        if (clock.instant().isBefore(closableAt(d))) {
            throw DomainException.conflict("still-open", DecisionViews.time(closableAt(d)));
        }
        d.status = DecisionStatus.CLOSED;
        d.closedAt = clock.instant();
        PublishedResult stored = new PublishedResult();
        stored.decisionId = d.id;
        return publish(d, stored, actor, "assembly.close");
    }

    private ResultView publish(Decision d, PublishedResult stored, String actor, String action) {
        Counted counted = counting.count(d);
        ResultView result = counted.result();
        stored.computedAt = result.computedAt();
        stored.provisional = result.provisional();
        stored.passed = result.passed();
        stored.resultJson = toJson(result);
        if (!stored.isPersistent()) {
            stored.persist();
        }
        board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                (result.provisional() ? "表决结果（临时）：" : "表决结果：") + d.title,
                ResultText.of(d, result, Candidate.of(d.id)), DecisionService.SOURCE, d.id, "/assembly/" + d.id, null), actor);
        audit.record(actor, action, "assembly_decision", d.id, (result.passed() ? "passed" : "not passed")
                + (result.provisional() ? " (provisional)" : "") + " participating " + result.participating().areaCenti()
                + "/" + result.participating().heads());
        return result;
    }

    static Instant closableAt(Decision d) {
        return d.closesAt.plus(BallotService.CHANGE_GRACE);
    }

    public ResultView result(long id) {
        Decision d = views.visible(id);
        PublishedResult stored = PublishedResult.findById(d.id);
        if (stored == null) {
            throw DomainException.notFound("not-found.result");
        }
        try {
            return json.readValue(stored.resultJson, ResultView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of decision " + d.id + " is unreadable", e);
        }
    }

    /** Participation so far, against the quorum; published while voting, without any choice. */
    public TurnoutView turnout(long id) {
        Decision d = views.visible(id);
        if (d.status == DecisionStatus.CANCELLED) {
            throw DomainException.conflict("cancelled");
        }
        CountableBallots<String> resolution = counting.resolve(d);
        Map<String, Long> areas = snapshot.areas(d.id);
        long totalArea = 0;
        for (long a : areas.values()) {
            totalArea = Math.addExact(totalArea, a);
        }
        long area = 0;
        long heads = 0;
        // Only voters on the snapshot count, so a part never exceeds its whole (Threshold.isMetBy refuses that).
        for (String voter : resolution.effective().keySet()) {
            Long a = areas.get(voter);
            if (a != null) {
                area = Math.addExact(area, a);
                heads++;
            }
        }
        Weight total = new Weight(totalArea, areas.size());
        Weight participating = new Weight(area, heads);
        Weight minimum = new Weight(MatterType.QUORUM.minimumOf(totalArea), MatterType.QUORUM.minimumOf(areas.size()));
        boolean reached = MatterType.QUORUM.isMetBy(area, totalArea)
                && MatterType.QUORUM.isMetBy(participating.heads(), total.heads());
        return new TurnoutView(d.id, d.phase(clock.instant()), ResultView.WeightView.of(total),
                ResultView.WeightView.of(participating), ResultView.WeightView.of(minimum), reached);
    }

    /** Every counted ballot of a closed decision, with its choice and weight and no name, and the totals. */
    public VerificationView verification(long id, int page) {
        Decision d = views.visible(id);
        if (d.status != DecisionStatus.CLOSED) {
            throw DomainException.conflict("not-closed");
        }
        CountableBallots<String> resolution = counting.resolve(d);
        Map<String, Long> areas = snapshot.areas(d.id);
        Map<String, String> receipts = receipts(d.id);
        List<CountedBallot> all = new ArrayList<>(resolution.effective().size());
        for (EffectiveBallot<String> ballot : resolution.effective().values()) {
            List<String> refs = ballot.casts().stream().map(c -> reference(c, receipts)).sorted().toList();
            long area = areas.getOrDefault(ballot.voterKey(), 0L);
            all.add(new CountedBallot(refs, ballot.choice(), ResultView.WeightView.of(new Weight(area, 1)).areaM2(), area, 1));
        }
        all.sort(java.util.Comparator.comparing(b -> b.references().get(0)));
        int from = Math.min(all.size(), Math.max(page, 0) * VERIFY_PAGE_SIZE);
        int to = Math.min(all.size(), from + VERIFY_PAGE_SIZE);
        return new VerificationView(d.id, result(d.id), List.copyOf(all.subList(from, to)), Math.max(page, 0),
                VERIFY_PAGE_SIZE, all.size());
    }

    /** What a receipt code stands for, for anyone who holds it. */
    public ReceiptLookup lookup(String typed) {
        String code = typed == null ? null : ReceiptCode.normalize(typed);
        if (code == null) {
            throw DomainException.badInput("bad-receipt");
        }
        BallotHistory online = BallotHistory.find("receipt", code).firstResult();
        ProxyBallotRecord proxy = online == null ? ProxyBallotRecord.find("receipt", code).firstResult() : null;
        if (online == null && proxy == null) {
            throw DomainException.notFound("not-found.receipt");
        }
        Decision d = Decision.findById(online != null ? online.decisionId : proxy.decisionId);
        String choice = online != null ? online.choice : proxy.choice;
        CountableBallots<String> resolution = counting.resolve(d);
        ReceiptStatus status;
        if (online != null) {
            Ballot current = Ballot.find("decisionId = ?1 and voterKey = ?2", d.id, online.voterKey).firstResult();
            boolean latest = current != null && current.receipt.equals(code) && current.choice != null;
            status = !latest ? ReceiptStatus.SUPERSEDED : counts(d, resolution, online.voterKey, String.valueOf(current.sequence));
        } else {
            ProxyMandateRecord m = ProxyMandateRecord.findById(proxy.mandateId);
            EffectiveBallot<String> eff = resolution.effective().get(m.voterKey);
            boolean latest = ProxyBallotRecord.count("mandateId = ?1 and id > ?2", m.id, proxy.id) == 0;
            status = !latest ? ReceiptStatus.SUPERSEDED : eff != null && eff.casts().stream().anyMatch(c -> c.channel() == Channel.PROXY)
                    ? countedOrPending(d) : ReceiptStatus.NOT_COUNTED;
        }
        return new ReceiptLookup(code, d.id, d.title, choice, status);
    }

    /** An online ballot counts when it is behind the voter's effective ballot (not held out by a conflict). */
    private static ReceiptStatus counts(Decision d, CountableBallots<String> resolution, String voterKey, String sequence) {
        EffectiveBallot<String> eff = resolution.effective().get(voterKey);
        boolean in = eff != null && eff.casts().stream()
                .anyMatch(c -> c.channel() == Channel.ONLINE && c.reference().equals(sequence));
        return in ? countedOrPending(d) : ReceiptStatus.NOT_COUNTED;
    }

    private static ReceiptStatus countedOrPending(Decision d) {
        return d == null || d.status != DecisionStatus.CLOSED ? ReceiptStatus.PENDING : ReceiptStatus.COUNTED;
    }

    private static String reference(Cast<String> cast, Map<String, String> receipts) {
        return switch (cast.channel()) {
            case ONLINE -> receipts.get("o" + cast.reference());
            case PROXY -> receipts.getOrDefault("m" + cast.reference(), "委托-" + cast.reference());
            case PAPER -> "纸质票-" + cast.reference();
        };
    }

    /** Receipt codes by "o" + online sequence and by "m" + mandate id (the mandate's latest proxy ballot). */
    private static Map<String, String> receipts(long decisionId) {
        Map<String, String> receipts = new java.util.HashMap<>();
        for (Ballot b : Ballot.<Ballot>list("decisionId", decisionId)) {
            receipts.put("o" + b.sequence, b.receipt);
        }
        for (ProxyBallotRecord p : ProxyBallotRecord.<ProxyBallotRecord>list("decisionId = ?1 order by id", decisionId)) {
            receipts.put("m" + p.mandateId, p.receipt);
        }
        return receipts;
    }

    private String toJson(ResultView result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
