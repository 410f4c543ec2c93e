package cn.shangliang.assembly;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.common.db.RetryOnConflict;
import java.time.Clock;

import cn.shangliang.assembly.Counting.Counted;
import cn.shangliang.assembly.TallyViews.TurnoutView;
import cn.shangliang.assembly.rules.Tally;
import cn.shangliang.assembly.rules.Turnout;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.AuditHeadNotices;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Closing and counting decisions, and everything the public sees of the count. */
@ApplicationScoped
public class TallyService {

    @Inject
    Clock clock;
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

    @Inject
    AuditHeadNotices headNotices;

    @Inject
    PublicRecordService records;

    @Inject
    Notifications notifications;

    /** Staff close a decision whose window (and the change grace after it) has ended. */
    @Transactional
    @TransactionConfiguration(timeout = AssemblyConfig.LARGE_ESTATE_TX_SECONDS)
    public ResultView close(long id) {
        Decision d = decisions.lockForStaff(id);
        return closeLocked(d, currentUser.auditName());
    }

    /** Closes one due decision for the scheduled job; false when it is not (or no longer) due. */
    @RetryOnConflict
    @Transactional
    @TransactionConfiguration(timeout = AssemblyConfig.LARGE_ESTATE_TX_SECONDS)
    public boolean closeIfDue(long id) {
        Decision d = Decision.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !DecisionWorkflow.checkClose(d.status).isEmpty() || clock.instant().isBefore(closableAt(d))) {
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
     * Counts a closed decision again, after staff resolved conflicts, entered missing paper entries or voided a wrong
     * one. A changed result is published as a new revision whose notice supersedes the old one (which stays on the
     * board, marked); an unchanged one publishes nothing (issue 19: no identical notices), and says so in the audit.
     */
    @Transactional
    @TransactionConfiguration(timeout = AssemblyConfig.LARGE_ESTATE_TX_SECONDS)
    public ResultView recount(long id) {
        Decision d = decisions.lockForStaff(id);
        PublishedResult stored = PublishedResult.findById(d.id);
        Refusal.throwIf(DecisionWorkflow.checkRecount(d.status));
        if (stored == null) {
            throw DomainException.conflict("assembly.recount.not-closed");
        }
        Counted counted = counting.count(d);
        PublicRecord record = PublicRecord.findById(d.id);
        String root = records.root(d, counted.resolution());
        if (record != null && record.merkleRoot.equals(root)
                && toJson(counted.result().withoutTime()).equals(toJson(read(stored).withoutTime()))) {
            audit.record(currentUser.auditName(), "assembly.recount", "assembly_decision", d.id,
                    "unchanged, revision " + stored.revision + " stands");
            return read(stored);
        }
        return publish(d, stored, counted, currentUser.auditName(), "assembly.recount");
    }

    private ResultView closeLocked(Decision d, String actor) {
        Refusal.throwIf(DecisionWorkflow.checkClose(d.status));
        if (clock.instant().isBefore(closableAt(d))) {
            throw DomainException.conflict("still-open", DecisionViews.time(closableAt(d)));
        }
        d.status = DecisionStatus.CLOSED;
        d.closedAt = clock.instant();
        PublishedResult stored = new PublishedResult();
        stored.decisionId = d.id;
        return publish(d, stored, counting.count(d), actor, "assembly.close");
    }

    private ResultView publish(Decision d, PublishedResult stored, Counted counted, String actor, String action) {
        ResultView result = counted.result();
        PublicRecord record = records.publish(d, counted.resolution());
        boolean correction = stored.isPersistent();
        java.time.Instant previous = stored.computedAt;
        stored.revision = correction ? stored.revision + 1 : 1;
        stored.computedAt = result.computedAt();
        stored.provisional = result.provisional();
        stored.passed = result.passed();
        stored.resultJson = toJson(result);
        NoticeBoard.Draft draft = new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                ResultText.title(d, result, stored.revision),
                ResultText.of(d, result, Candidate.of(d.id), record, stored.revision, previous,
                        ConflictResolution.count("decisionId", d.id)),
                DecisionService.SOURCE, d.id, "/assembly/" + d.id, null);
        stored.noticeId = (correction ? board.supersede(stored.noticeId, draft, actor) : board.publish(draft, actor)).id;
        if (!stored.isPersistent()) {
            stored.persist();
        }
        audit.record(actor, action, "assembly_decision", d.id, (result.passed() ? "passed" : "not passed")
                + (result.provisional() ? " (provisional)" : "") + " participating " + result.participating().areaCenti()
                + "/" + result.participating().heads() + ", revision " + stored.revision);
        if (!result.provisional()) {
            notifications.notifyOwnersOfEstate(new Notifications.Draft(NotificationKind.ASSEMBLY_RESULT, RecipientType.OWNER,
                    0, DecisionService.SOURCE, d.id, d.communityId, "/assembly/" + d.id, List.of(d.title)), d.estateId);
        }
        // With every result the chain head goes on the estate's board, so the record behind it can't be rewritten unseen.
        headNotices.publish(d.communityId, d.estateId, "assembly_result", actor);
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
        return read(stored);
    }

    private ResultView read(PublishedResult stored) {
        try {
            return json.readValue(stored.resultJson, ResultView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of decision " + stored.decisionId + " is unreadable", e);
        }
    }

    /** Participation so far, against the quorum; published while voting, without any choice. */
    public TurnoutView turnout(long id) {
        Decision d = views.visible(id);
        Refusal.throwIf(DecisionWorkflow.checkTurnout(d.status));
        Turnout t = Tally.turnout(snapshot.load(d.id), counting.resolve(d).effective().keySet());
        return new TurnoutView(d.id, d.phase(clock.instant()), ResultView.WeightView.of(t.total()),
                ResultView.WeightView.of(t.participating()), ResultView.WeightView.of(t.minimum()), t.quorum().met());
    }

    private String toJson(ResultView result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
