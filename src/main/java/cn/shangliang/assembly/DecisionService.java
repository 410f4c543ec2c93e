package cn.shangliang.assembly;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import java.time.Clock;

import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.web.BeijingDateTime;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.RequestCheck;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.community.Estate;
import cn.shangliang.community.rules.VoterRoll;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Preparing, publishing, extending and cancelling decisions: the staff side before the count. */
@ApplicationScoped
public class DecisionService {

    @Inject
    AssemblyConfig settings;

    @Inject
    Clock clock;

    static final String SOURCE = "assembly-decision";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    @Inject
    Notifications notifications;

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    DecisionViews views;

    @Inject
    RequestCheck requests;

    /** Our product rule: a vote is planned at most this far ahead (a year 9999 date is a typing mistake). */
    static final int MAX_DAYS_AHEAD = 366;
    /** Our product rule: an owners' committee has 5–11 members; far more candidates than that is a mistake. */
    static final int MAX_CANDIDATES = 100;

    @Transactional
    public DecisionView create(DecisionForm form) {
        if (form == null || form.estateId() == null) {
            throw DomainException.invalid(List.of(new FieldError("estateId", "field.assembly.estate")));
        }
        Estate estate = Estate.findById(form.estateId());
        if (estate == null) {
            throw DomainException.notFound("not-found.estate");
        }
        requireStaffOf(estate.scope());
        validate(form);
        Refusal.throwIf(limits(form));
        Decision d = new Decision();
        d.communityId = estate.communityId;
        d.estateId = estate.id;
        d.title = form.title().trim();
        d.body = form.text().trim();
        d.attachments = blankToNull(form.attachments());
        d.matterType = form.matterType();
        d.seats = d.election() ? form.seats() : null;
        d.status = DecisionStatus.DRAFT;
        d.opensAt = form.opensAt();
        d.closesAt = form.closesAt();
        d.proxyCap = form.proxyCap();
        copyEstateRules(d, estate);
        d.createdBy = currentUser.auditName();
        // bookkeeping (the list's order), not a rule: real time, so a demo's moved clock does not reorder the list
        d.createdAt = Instant.now(Clocks.REAL);
        d.persist();
        candidates(d, form);
        audit.record(currentUser.auditName(), "assembly.create", "assembly_decision", d.id,
                d.matterType + " " + d.title);
        return views.of(d);
    }

    /** Staff correct a draft before it is published (issue 19); its estate stays. */
    @Transactional
    public DecisionView update(long id, DecisionForm form) {
        Decision d = lockForStaff(id);
        Refusal.throwIf(DecisionWorkflow.checkEdit(d.status));
        if (form == null) {
            throw DomainException.invalid(List.of(new FieldError("title", "field.title-200")));
        }
        validate(form);
        Refusal.throwIf(limits(form));
        d.title = form.title().trim();
        d.body = form.text().trim();
        d.attachments = blankToNull(form.attachments());
        d.matterType = form.matterType();
        d.seats = d.election() ? form.seats() : null;
        d.opensAt = form.opensAt();
        d.closesAt = form.closesAt();
        d.proxyCap = form.proxyCap();
        copyEstateRules(d, Estate.findById(d.estateId));
        Candidate.delete("decisionId", d.id);
        candidates(d, form);
        audit.record(currentUser.auditName(), "assembly.update", "assembly_decision", d.id, d.matterType + " " + d.title);
        return views.of(d);
    }

    private static void candidates(Decision d, DecisionForm form) {
        if (d.election()) {
            int position = 0;
            for (String name : form.candidates()) {
                Candidate c = new Candidate();
                c.decisionId = d.id;
                c.position = ++position;
                c.name = name.trim();
                c.persist();
            }
        }
    }

    /**
     * Publishes the notice and snapshots the roster. Voting may not open before the notice period has run:
     * the estate's notice days, never fewer than the legal minimum.
     */
    @Transactional
    @TransactionConfiguration(timeout = AssemblyConfig.LARGE_ESTATE_TX_SECONDS)
    public DecisionView publish(long id) {
        Decision d = lockForStaff(id);
        Refusal.throwIf(DecisionWorkflow.checkPublish(d.status));
        Estate estate = Estate.findById(d.estateId);
        int noticeDays = Math.max(estate.noticeDays, settings.minNoticeDays());
        Instant now = clock.instant();
        Instant earliest = now.plus(Duration.ofDays(noticeDays));
        if (d.opensAt.isBefore(earliest)) {
            throw DomainException.conflict("notice-too-short", noticeDays, DecisionViews.time(earliest));
        }
        // The estate's rules as they stand now bind this decision; later changes to the estate never reach it.
        copyEstateRules(d, estate);
        VoterRoll roll = snapshot.take(d);
        d.status = DecisionStatus.PUBLISHED;
        d.publishedAt = now;
        board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                DecisionNotices.publishedTitle(d), DecisionNotices.publishedBody(d, estate, roll), SOURCE, d.id,
                "/assembly/" + d.id, d.closesAt), currentUser.auditName());
        notifications.notifyOwnersOfEstate(new Notifications.Draft(NotificationKind.ASSEMBLY_NOTICE, RecipientType.OWNER,
                0, SOURCE, d.id, d.communityId, "/assembly/" + d.id, List.of(d.title, estate.name,
                DecisionViews.time(d.opensAt), DecisionViews.time(d.closesAt))), d.estateId);
        audit.record(currentUser.auditName(), "assembly.publish", "assembly_decision", d.id,
                "roster " + roll.headcount() + " voters, " + roll.totalArea() + " centi-m2, opens " + d.opensAt);
        return views.of(d);
    }

    private static void copyEstateRules(Decision d, Estate estate) {
        d.parkingCounts = estate.parkingCounts;
        d.parkingCitation = estate.parkingCitation;
        d.silentClause = estate.silentClause;
        d.silentCitation = estate.silentClause ? estate.silentCitation : null;
    }

    /** A later end of the voting window, and why (published with it). */
    public record ExtendRequest(@NotNull(message = "field.assembly.new-close")
                                @JsonDeserialize(using = BeijingDateTime.class) Instant closesAt,
                                @NotBlank(message = "field.reason") String reason) {
    }

    /** Why a decision is cancelled (published with it). */
    public record CancelRequest(@NotBlank(message = "field.reason") String reason) {
    }

    /** Extends the window before it closes; the extension and its reason are published. */
    @Transactional
    public DecisionView extend(long id, ExtendRequest r) {
        Decision d = lockForStaff(id);
        Instant now = clock.instant();
        Refusal.throwIf(DecisionWorkflow.checkExtend(d.status, now, d.closesAt));
        Instant closesAt = requests.valid(r).closesAt();
        String reason = r.reason().trim();
        if (!closesAt.isAfter(d.closesAt)) {
            throw DomainException.invalid(List.of(new FieldError("closesAt", "field.assembly.new-close")));
        }
        if (Duration.between(d.opensAt, closesAt).compareTo(Duration.ofDays(settings.maxWindowDays())) > 0) {
            throw Refusal.of(RuleViolation.invalid("assembly.window-too-long", settings.maxWindowDays()));
        }
        Instant old = d.closesAt;
        d.closesAt = closesAt;
        board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                DecisionNotices.extensionTitle(d), DecisionNotices.extensionBody(old, closesAt, reason),
                SOURCE, d.id, "/assembly/" + d.id, closesAt), currentUser.auditName());
        audit.record(currentUser.auditName(), "assembly.extend", "assembly_decision", d.id,
                old + " -> " + closesAt + ": " + reason);
        return views.of(d);
    }

    @Transactional
    public DecisionView cancel(long id, CancelRequest r) {
        Decision d = lockForStaff(id);
        Refusal.throwIf(DecisionWorkflow.checkCancel(d.status));
        String reason = requests.valid(r).reason().trim();
        boolean wasPublic = d.status == DecisionStatus.PUBLISHED;
        d.status = DecisionStatus.CANCELLED;
        d.cancelReason = reason;
        d.closedAt = clock.instant();
        if (wasPublic) {
            board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                    DecisionNotices.cancellationTitle(d), DecisionNotices.cancellationBody(d), SOURCE, d.id, "/assembly/" + d.id, null),
                    currentUser.auditName());
        }
        audit.record(currentUser.auditName(), "assembly.cancel", "assembly_decision", d.id, d.cancelReason);
        return views.of(d);
    }

    /** Locks the decision and checks the caller is staff of its community. */
    Decision lockForStaff(long id) {
        Decision d = Decision.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw DomainException.notFound("not-found.decision");
        }
        requireStaffOf(scope(d));
        return d;
    }

    /** Checks the caller is staff of the decision's community, without locking it. */
    Decision requireStaff(long id) {
        Decision d = Decision.findById(id);
        if (d == null) {
            throw DomainException.notFound("not-found.decision");
        }
        requireStaffOf(scope(d));
        return d;
    }

    /**
     * Staff of the scope, never a card session: an owner card is no staff grant, and CurrentUser.hasRole cannot
     * read a parsed card token's estate claim.
     */
    private void requireStaffOf(Scope scope) {
        if (currentUser.cardId().isPresent()) {
            throw DomainException.forbidden("forbidden.card-not-staff");
        }
        currentUser.require(scope, AssemblyPermissions.TABLE.roles(AssemblyPermissions.Action.MANAGE));
    }

    static Scope scope(Decision d) {
        cn.shangliang.community.Community c = cn.shangliang.community.Community.findById(d.communityId);
        return new Scope(c.subdistrictId, d.communityId, d.estateId);
    }

    /** Sane limits on a well-formed decision (issue 18): the window, how far ahead, seats against candidates. */
    private List<RuleViolation> limits(DecisionForm f) {
        List<RuleViolation> refused = new ArrayList<>();
        Duration window = Duration.between(f.opensAt(), f.closesAt());
        if (window.compareTo(Duration.ofDays(settings.minWindowDays())) < 0) {
            refused.add(RuleViolation.invalid("assembly.window-too-short", settings.minWindowDays()));
        }
        if (window.compareTo(Duration.ofDays(settings.maxWindowDays())) > 0) {
            refused.add(RuleViolation.invalid("assembly.window-too-long", settings.maxWindowDays()));
        }
        if (f.opensAt().isAfter(clock.instant().plus(Duration.ofDays(MAX_DAYS_AHEAD)))) {
            refused.add(RuleViolation.invalid("assembly.opens-too-late", MAX_DAYS_AHEAD));
        }
        if (f.matterType() == MatterType.OWNERS_COMMITTEE) {
            if (f.candidates().size() > MAX_CANDIDATES) {
                refused.add(RuleViolation.invalid("assembly.too-many-candidates", MAX_CANDIDATES));
            }
            if (f.seats() > f.candidates().size()) {
                refused.add(RuleViolation.invalid("assembly.seats-over-candidates", f.seats(), f.candidates().size()));
            }
        }
        return refused;
    }

    private static void validate(DecisionForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(f.title()) || f.title().trim().length() > 200) {
            errors.add(new FieldError("title", "field.title-200"));
        }
        if (blank(f.text())) {
            errors.add(new FieldError("text", "field.assembly.body"));
        }
        if (f.matterType() == null) {
            errors.add(new FieldError("matterType", "field.assembly.matter-type"));
        }
        if (f.opensAt() == null || f.closesAt() == null || !f.closesAt().isAfter(f.opensAt())) {
            errors.add(new FieldError("closesAt", "field.assembly.window"));
        }
        if (f.proxyCap() != null && f.proxyCap() < 1) {
            errors.add(new FieldError("proxyCap", "field.assembly.proxy-cap"));
        }
        if (f.matterType() == MatterType.OWNERS_COMMITTEE) {
            List<String> names = f.candidates() == null ? List.of()
                    : f.candidates().stream().filter(n -> !blank(n)).map(String::trim).toList();
            if (names.isEmpty() || names.size() != f.candidates().size() || names.stream().distinct().count() != names.size()) {
                errors.add(new FieldError("candidates", "field.assembly.candidates"));
            }
            if (f.seats() == null || f.seats() < 1) {
                errors.add(new FieldError("seats", "field.assembly.seats"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
