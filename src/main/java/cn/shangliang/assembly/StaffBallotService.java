package cn.shangliang.assembly;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import java.time.Clock;

import cn.shangliang.assembly.StaffBallotRequests.DeliveryRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateView;
import cn.shangliang.assembly.StaffBallotRequests.PaperEntryView;
import cn.shangliang.assembly.StaffBallotRequests.PaperRequest;
import cn.shangliang.assembly.StaffBallotRequests.VoidRequest;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.assembly.StaffBallotRequests.SheetState;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * What staff record for owners: written proxy mandates and the proxy's ballots, signed paper ballots (each
 * entered twice by two accounts) and deliveries of the ballot. Each takes the decision's row lock: these are
 * rare, and the proxy cap and the "two different accounts" check depend on what is already recorded.
 */
@ApplicationScoped
public class StaffBallotService {

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    DecisionService decisions;

    @Inject
    ChoiceSeal seal;

    @Inject
    StaffRecordChecks checks;

    @Inject
    RequestCheck requests;

    @Transactional
    public MandateView registerMandate(long decisionId, MandateRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        requireRecording(d);
        requests.valid(r);
        SnapshotVoter voter = voter(d, r.ownerId(), r.voterKey());
        String instruction = DecisionService.blank(r.instruction()) && (r.instructions() == null || r.instructions().isEmpty())
                ? null : BallotService.encode(d, new CastRequest(r.instruction(), r.instructions(), null), false);
        String proxyKey = hash(r.proxyIdNumber().trim().toUpperCase(Locale.ROOT));
        if (ProxyMandateRecord.count("decisionId = ?1 and voterKey = ?2", d.id, voter.voterKey) > 0) {
            throw DomainException.conflict("mandate-exists");
        }
        if (d.proxyCap != null && ProxyMandateRecord.count("decisionId = ?1 and proxyKey = ?2", d.id, proxyKey) >= d.proxyCap) {
            throw DomainException.conflict("proxy-cap", d.proxyCap);
        }
        ProxyMandateRecord m = new ProxyMandateRecord();
        m.decisionId = d.id;
        m.voterKey = voter.voterKey;
        m.proxyName = r.proxyName().trim();
        m.proxyKey = proxyKey;
        m.proxyMasked = mask(r.proxyIdNumber().trim());
        m.instruction = instruction;
        m.registeredAt = clock.instant();
        m.registeredBy = currentUser.auditName();
        m.persist();
        checks.onStaffRecord(d, m.voterKey, BallotChannel.PROXY, String.valueOf(m.id));
        recordedForYou(d, voter, "event:assembly.proxy");
        audit.record(currentUser.auditName(), "assembly.mandate.register", "assembly_decision", d.id,
                "mandate " + m.id + " voter " + voter.voterKey + " proxy " + m.proxyMasked + (instruction == null
                        ? " not instructed" : " instructed, commitment " + seal.commit("mandate", String.valueOf(d.id),
                        String.valueOf(m.id), m.voterKey, m.registeredAt.toString(), instruction)));
        return view(m);
    }

    /** Records the ballot a proxy signed under a mandate; the proxy may cast again and the latest counts. */
    @Transactional
    public ReceiptView recordProxyBallot(long decisionId, long mandateId, CastRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        if (!DecisionWorkflow.takesProxyBallots(d.phase(clock.instant()))) {
            throw DomainException.conflict("not-open");
        }
        ProxyMandateRecord m = ProxyMandateRecord.findById(mandateId);
        if (m == null || !m.decisionId.equals(d.id)) {
            throw DomainException.notFound("not-found.mandate");
        }
        if (r == null) {
            throw DomainException.badInput("bad-choice");
        }
        String choice = BallotService.encode(d, r, true);
        if (m.instruction != null && !m.instruction.equals(choice)) {
            throw DomainException.conflict("not-as-instructed");
        }
        ProxyBallotRecord b = new ProxyBallotRecord();
        b.decisionId = d.id;
        b.mandateId = m.id;
        b.choice = choice;
        b.receipt = ReceiptCode.generate(RANDOM);
        b.castAt = clock.instant();
        b.recordedBy = currentUser.auditName();
        b.persist();
        checks.onStaffRecord(d, m.voterKey, BallotChannel.PROXY, String.valueOf(m.id));
        audit.record(currentUser.auditName(), "assembly.proxy.ballot", "assembly_decision", d.id,
                "mandate " + m.id + " voter " + m.voterKey + " proxy ballot " + b.id + " commitment " + seal.commit("proxy",
                        String.valueOf(d.id), String.valueOf(b.id), m.voterKey, b.receipt, b.castAt.toString(), choice));
        return new ReceiptView(d.id, b.receipt, choice, b.castAt, d.closesAt);
    }

    /**
     * One staff account's entry of a signed paper sheet. A second entry of the same sheet by the same account is
     * refused: the sheet counts only when two different accounts entered it the same way.
     */
    @Transactional
    public PaperEntryView enterPaper(long decisionId, PaperRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        requireRecording(d);
        requests.valid(r);
        SnapshotVoter voter = voter(d, r.ownerId(), r.voterKey());
        String choice = BallotService.encode(d, new CastRequest(r.choice(), r.choices(), null), false);
        String sheet = r.sheetNo().trim();
        String staff = currentUser.auditName();
        if (PaperBallotEntry.count("decisionId = ?1 and sheetNo = ?2 and staffAccount = ?3 and voidedAt is null",
                d.id, sheet, staff) > 0) {
            throw DomainException.conflict("same-staff");
        }
        PaperBallotEntry e = new PaperBallotEntry();
        e.decisionId = d.id;
        e.sheetNo = sheet;
        e.voterKey = voter.voterKey;
        e.choice = choice;
        e.staffAccount = staff;
        e.enteredAt = clock.instant();
        e.persist();
        checks.onStaffRecord(d, e.voterKey, BallotChannel.PAPER, sheet);
        if (PaperBallotEntry.count("decisionId = ?1 and voterKey = ?2", d.id, e.voterKey) == 1) {
            recordedForYou(d, voter, "event:assembly.paper");
        }
        audit.record(staff, "assembly.paper.enter", "assembly_decision", d.id,
                "entry " + e.id + " sheet " + sheet + " voter " + voter.voterKey + " commitment " + seal.commit("paper",
                        String.valueOf(d.id), String.valueOf(e.id), sheet, voter.voterKey, e.enteredAt.toString(), choice));
        return view(e);
    }

    /** Voids a wrong paper entry (kept, with who and why): how a disagreement or a conflict is resolved. */
    @Transactional
    public PaperEntryView voidPaper(long decisionId, long entryId, VoidRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        requireRecording(d);
        PaperBallotEntry e = PaperBallotEntry.findById(entryId);
        if (e == null || !e.decisionId.equals(d.id)) {
            throw DomainException.notFound("not-found.paper-entry");
        }
        if (e.voidedAt != null) {
            throw DomainException.conflict("already-void");
        }
        String reason = requests.valid(r).reason().trim();
        e.voidedAt = clock.instant();
        e.voidedBy = currentUser.auditName();
        e.voidReason = reason;
        audit.record(currentUser.auditName(), "assembly.paper.void", "assembly_decision", d.id,
                "entry " + e.id + " sheet " + e.sheetNo + ": " + e.voidReason);
        return view(e);
    }

    /** Tells the voter's owners that staff recorded something for them (never what it says). */
    private void recordedForYou(Decision d, SnapshotVoter voter, String what) {
        notifications.notifyOwnerIds(new Notifications.Draft(
                NotificationKind.ASSEMBLY_RECORDED_FOR_YOU,
                RecipientType.OWNER, 0, DecisionService.SOURCE, d.id, d.communityId,
                "/assembly/" + d.id, List.of(d.title, what)), java.util.Arrays.stream(voter.ownerIds.split(","))
                .filter(x -> !x.isBlank()).map(x -> Long.valueOf(x.strip())).toList());
    }

    @Transactional
    public void recordDelivery(long decisionId, DeliveryRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        if (!DecisionWorkflow.recordsDeliveries(d.status)) {
            throw DomainException.withCode(409, "not-open", "not-open.delivery");
        }
        requests.valid(r);
        SnapshotVoter voter = voter(d, r.ownerId(), r.voterKey());
        if (BallotDelivery.count("decisionId = ?1 and voterKey = ?2", d.id, voter.voterKey) > 0) {
            throw DomainException.conflict("already-delivered");
        }
        BallotDelivery b = new BallotDelivery();
        b.decisionId = d.id;
        b.voterKey = voter.voterKey;
        b.method = r.method().trim();
        b.deliveredAt = clock.instant();
        b.recordedBy = currentUser.auditName();
        b.persist();
        audit.record(currentUser.auditName(), "assembly.delivery", "assembly_decision", d.id,
                "voter " + voter.voterKey + ": " + b.method);
    }

    public List<MandateView> mandates(long decisionId) {
        decisions.requireStaff(decisionId);
        return ProxyMandateRecord.<ProxyMandateRecord>list("decisionId = ?1 order by id", decisionId).stream()
                .map(StaffBallotService::view).toList();
    }

    public List<PaperEntryView> paperEntries(long decisionId) {
        decisions.requireStaff(decisionId);
        List<PaperBallotEntry> all = PaperBallotEntry.list("decisionId = ?1 and voidedAt is null order by sheetNo, id", decisionId);
        Map<String, List<PaperBallotEntry>> sheets = all.stream().collect(Collectors.groupingBy(e -> e.sheetNo));
        return all.stream().map(e -> view(e, sheets.get(e.sheetNo))).toList();
    }

    /** Paper and mandates are recorded when {@link DecisionWorkflow#takesStaffRecords} says so. */
    private void requireRecording(Decision d) {
        Phase phase = d.phase(clock.instant());
        boolean provisional = phase == Phase.CLOSED && PublishedResult.<PublishedResult>findByIdOptional(d.id)
                .map(r -> r.provisional).orElse(false);
        if (!DecisionWorkflow.takesStaffRecords(phase, provisional)) {
            throw DomainException.withCode(409, "not-open", "not-open.paper");
        }
    }

    /** The voter an owner id or voter key names on the decision's snapshot. */
    static SnapshotVoter voter(Decision d, Long ownerId, String voterKey) {
        List<SnapshotVoter> found;
        if (!DecisionService.blank(voterKey)) {
            found = SnapshotVoter.list("decisionId = ?1 and voterKey = ?2", d.id, voterKey.trim());
        } else if (ownerId != null) {
            String id = String.valueOf(ownerId);
            found = SnapshotVoter.<SnapshotVoter>list("decisionId = ?1 and (ownerIds = ?2 or ownerIds like ?3 "
                            + "or ownerIds like ?4 or ownerIds like ?5)", d.id, id, id + ",%", "%," + id, "%," + id + ",%");
        } else {
            throw DomainException.invalid(List.of(new FieldError("ownerId", "field.assembly.owner")));
        }
        if (found.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("ownerId", "field.assembly.owner-not-on-roll")));
        }
        if (found.size() > 1) {
            throw DomainException.invalid(List.of(new FieldError("voterKey", "field.assembly.voter-right")));
        }
        return found.get(0);
    }

    private static String hash(String idNumber) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("assembly-proxy:" + idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mask(String id) {
        return id.substring(0, 2) + "*".repeat(Math.max(0, id.length() - 6)) + id.substring(id.length() - 4);
    }

    private static MandateView view(ProxyMandateRecord m) {
        return new MandateView(m.id, m.voterKey, m.proxyName, m.proxyMasked, m.instruction != null, m.registeredAt);
    }

    private static PaperEntryView view(PaperBallotEntry e) {
        return view(e, PaperBallotEntry.list("decisionId = ?1 and sheetNo = ?2 and voidedAt is null", e.decisionId, e.sheetNo));
    }

    private static PaperEntryView view(PaperBallotEntry e, List<PaperBallotEntry> sheet) {
        SheetState state = sheet.size() < 2 ? SheetState.SINGLE : sheet.stream()
                .allMatch(o -> o.voterKey.equals(e.voterKey) && o.choice.equals(e.choice)) ? SheetState.MATCH : SheetState.MISMATCH;
        return new PaperEntryView(e.id, e.sheetNo, e.voterKey, e.staffAccount, e.enteredAt, state);
    }
}
