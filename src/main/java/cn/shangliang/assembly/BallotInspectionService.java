package cn.shangliang.assembly;

import cn.shangliang.assembly.BallotInspectionPermissions.Action;
import cn.shangliang.assembly.VoterNames.VoterName;
import cn.shangliang.assembly.rules.Cast;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.assembly.rules.Conflict;
import cn.shangliang.assembly.rules.CountableBallots;
import cn.shangliang.assembly.rules.EffectiveBallot;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.ownercard.OwnerCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 查阅表决票, the one deliberate path to named choices (ballot-privacy.md, "Inspection"): requested with its legal
 * basis and reason, approved by a second account of the role the rule names, announced on the notice board, told to
 * every owner concerned, and audited at each step and each reading (who, basis, which ballots, never a choice).
 */
@ApplicationScoped
public class BallotInspectionService {

    static final String SOURCE = "assembly-ballot-inspection";

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    @Inject
    Notifications notifications;

    @Inject
    VoterNames names;

    @Inject
    Counting counting;

    @Inject
    BallotService ballots;

    /**
     * @param voters blank for every ballot of the decision; otherwise flats ("1栋101"), owners' names or voter keys,
     *               separated by commas or new lines, each naming exactly one voter
     */
    public record InspectionRequest(@NotNull(message = "field.assembly.inspection-basis") InspectionBasis basis,
                                    @NotBlank(message = "field.assembly.inspection-citation") @Size(max = 500, message = "field.assembly.inspection-citation") String citation,
                                    @NotBlank(message = "field.reason") @Size(max = 2000, message = "field.reason") String reason,
                                    String voters) {
    }

    public record RefusalRequest(@NotBlank(message = "field.reason") String reason) {
    }

    /** An inspection as anyone entitled to know of it sees it: who asked, on what basis, for whom; never a choice. */
    public record InspectionView(long id, long decisionId, InspectionBasis basis, String citation, String reason, boolean allBallots,
                                 List<String> voters, BallotInspectionStatus status, String requestedBy,
                                 Instant requestedAt, String decidedBy, Instant decidedAt, String refusalReason) {
    }

    /** One named ballot as the approved inspection shows it: what counted, or why nothing did. */
    public record NamedBallot(String voterKey, String name, List<String> flats, List<String> owners, String state,
                              String choice, Choice decisionChoice, List<Mark> marks, List<BallotChannel> channels) {
    }

    /** An election ballot's mark for one candidate. */
    public record Mark(String candidate, Choice choice) {
    }

    public record Disclosure(InspectionView inspection, List<NamedBallot> ballots) {
    }

    @Transactional
    public InspectionView request(long decisionId, @Valid @NotNull InspectionRequest r) {
        Decision d = lock(decisionId, Action.REQUEST);
        if (!DecisionWorkflow.isCounted(d.status)) {
            throw Refusal.of(RuleViolation.conflict("assembly.inspection.not-closed"));
        }
        List<String> keys = resolveVoters(d.id, r.voters());
        BallotInspection i = new BallotInspection();
        i.decisionId = d.id;
        i.basis = r.basis();
        i.citation = r.citation().strip();
        i.reason = r.reason().strip();
        i.voterKeys = keys == null ? null : String.join(",", keys);
        i.status = BallotInspectionStatus.REQUESTED;
        i.requestedBy = currentUser.auditName();
        i.requestedAt = clock.instant();
        i.persist();
        audit.record(i.requestedBy, "assembly.inspection.request", "assembly_decision", d.id, "inspection " + i.id + " "
                + i.basis + " (" + i.citation + "): " + i.reason + "; ballots " + (keys == null ? "all" : String.join(",", keys)));
        return view(i);
    }

    /** The approval is the act of disclosure: announced on the board and told to each owner concerned. */
    @Transactional
    public InspectionView approve(long decisionId, long inspectionId) {
        Decision d = lock(decisionId, Action.DECIDE);
        BallotInspection i = decide(d, inspectionId, BallotInspectionStatus.APPROVED);
        board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                InspectionNotice.title(d), InspectionNotice.body(d, i, scopeText(i)), SOURCE, i.id,
                "/assembly/" + d.id, null), i.decidedBy);
        for (long card : concernedCards(d, i)) {
            notifications.notify(NotificationKind.ASSEMBLY_NOTICE, RecipientType.OWNER_CARD, card,
                    "assembly_ballot_inspection", i.id, Set.of());
        }
        audit.record(i.decidedBy, "assembly.inspection.approve", "assembly_decision", d.id, "inspection " + i.id + " approved");
        return view(i);
    }

    @Transactional
    public InspectionView refuse(long decisionId, long inspectionId, @Valid @NotNull RefusalRequest r) {
        Decision d = lock(decisionId, Action.DECIDE);
        BallotInspection i = decide(d, inspectionId, BallotInspectionStatus.REFUSED);
        i.refusalReason = r.reason().strip();
        audit.record(i.decidedBy, "assembly.inspection.refuse", "assembly_decision", d.id,
                "inspection " + i.id + " refused: " + i.refusalReason);
        return view(i);
    }

    /**
     * The named choices, only for the two accounts of an approved inspection; each reading is audited (who, which
     * inspection, how many ballots; never a choice).
     */
    @Transactional
    public Disclosure disclose(long decisionId, long inspectionId) {
        Decision d = requireRole(decisionId, Action.READ_CHOICES);
        BallotInspection i = find(d, inspectionId);
        Refusal.throwIf(BallotInspectionPermissions.check(Action.READ_CHOICES, currentUser.auditName(), i.requestedBy,
                i.decidedBy, i.status));
        CountableBallots<String> resolution = counting.resolve(d);
        Map<String, VoterName> named = names.of(d.id, i.voters());
        Map<String, String> candidates = new HashMap<>();
        Candidate.of(d.id).forEach(c -> candidates.put(String.valueOf(c.id), c.name));
        Map<String, Conflict<String>> conflicts = new HashMap<>();
        resolution.conflicts().forEach(c -> conflicts.put(c.voterKey(), c));
        List<NamedBallot> rows = new ArrayList<>();
        for (VoterName v : named.values()) {
            EffectiveBallot<String> counted = resolution.effective().get(v.voterKey());
            Conflict<String> conflict = conflicts.get(v.voterKey());
            if (counted != null) {
                rows.add(row(d, candidates, v, "COUNTED", counted.choice(), counted.casts()));
            } else if (conflict != null) {
                rows.add(row(d, candidates, v, "CONFLICT", null, conflict.casts()));
            } else {
                rows.add(row(d, candidates, v, resolution.voterKeysOnRecord().contains(v.voterKey()) ? "NOT_COUNTED" : "NOT_VOTED",
                        null, List.of()));
            }
        }
        audit.record(currentUser.auditName(), "assembly.inspection.read", "assembly_decision", d.id,
                "inspection " + i.id + " read, " + rows.size() + " ballots");
        return new Disclosure(view(i), rows);
    }

    public List<InspectionView> list(long decisionId) {
        Decision d = requireRole(decisionId, Action.LIST);
        return BallotInspection.<BallotInspection>list("decisionId = ?1 order by id", d.id).stream().map(this::view).toList();
    }

    public InspectionView get(long decisionId, long inspectionId) {
        return view(find(requireRole(decisionId, Action.LIST), inspectionId));
    }

    /** Approved inspections that included the card holder's ballots, for their own page of the decision. */
    public List<InspectionView> forOwner(Decision d) {
        Long owner = ballots.ownerOfCard(d);
        if (owner == null) {
            return List.of();
        }
        Set<String> own = ownKeys(d.id, owner);
        return BallotInspection.<BallotInspection>list("decisionId = ?1 and status = ?2 order by id", d.id,
                        BallotInspectionStatus.APPROVED).stream()
                .filter(i -> i.voters() == null ? !own.isEmpty() : i.voters().stream().anyMatch(own::contains))
                .map(this::view).toList();
    }

    /** Decisions of the estate whose ballots of this owner were inspected since {@code since}, for the home page. */
    public List<Decision> inspectedFor(long ownerId, long estateId, Instant since) {
        List<Decision> found = new ArrayList<>();
        for (BallotInspection i : BallotInspection.<BallotInspection>list(
                "status = ?1 and decidedAt >= ?2 and decisionId in (select d.id from Decision d where d.estateId = ?3)",
                BallotInspectionStatus.APPROVED, since, estateId)) {
            Set<String> own = ownKeys(i.decisionId, ownerId);
            if (i.voters() == null ? !own.isEmpty() : i.voters().stream().anyMatch(own::contains)) {
                Decision d = Decision.findById(i.decisionId);
                if (!found.contains(d)) {
                    found.add(d);
                }
            }
        }
        return found;
    }

    private static Set<String> ownKeys(long decisionId, long ownerId) {
        Set<String> keys = new TreeSet<>();
        for (SnapshotVoter v : SnapshotVoter.<SnapshotVoter>list("decisionId", decisionId)) {
            if (Arrays.asList(v.ownerIds.split(",")).contains(String.valueOf(ownerId))) {
                keys.add(v.voterKey);
            }
        }
        return keys;
    }

    private BallotInspection decide(Decision d, long inspectionId, BallotInspectionStatus to) {
        BallotInspection i = BallotInspection.findById(inspectionId, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || !i.decisionId.equals(d.id)) {
            throw Refusal.of(RuleViolation.notFound("assembly.inspection.not-found"));
        }
        String actor = currentUser.auditName();
        Refusal.throwIf(BallotInspectionPermissions.check(Action.DECIDE, actor, i.requestedBy, null, i.status));
        Refusal.throwIf(BallotInspectionWorkflow.TABLE.check(i.status, to));
        i.status = to;
        i.decidedBy = actor;
        i.decidedAt = clock.instant();
        return i;
    }

    /**
     * Each name must point at exactly one voter: a flat, an owner's full name or a voter key. Anything else is
     * refused by name, so an inspection never silently covers more or fewer ballots than asked.
     */
    private List<String> resolveVoters(long decisionId, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Map<String, VoterName> all = names.of(decisionId, null);
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : typed.split("[,\\n\\r;\u3001\uff0c\uff1b]+")) {
            String want = VoterNames.fold(part);
            if (want.isEmpty()) {
                continue;
            }
            List<String> hits = all.values().stream().filter(v -> VoterNames.fold(v.voterKey()).equals(want)
                    || v.flats().stream().anyMatch(f -> VoterNames.fold(f).equals(want))
                    || v.owners().stream().anyMatch(o -> VoterNames.fold(o).equals(want))).map(VoterName::voterKey).toList();
            if (hits.size() == 1) {
                keys.add(hits.get(0));
            } else {
                unknown.add(part.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("voters", "assembly.inspection.voter-unknown")));
        }
        return keys.isEmpty() ? null : List.copyOf(keys);
    }

    private List<Long> concernedCards(Decision d, BallotInspection i) {
        Set<Long> owners = new TreeSet<>();
        List<String> keys = i.voters();
        for (SnapshotVoter v : SnapshotVoter.<SnapshotVoter>list("decisionId", d.id)) {
            if (keys == null || keys.contains(v.voterKey)) {
                Arrays.stream(v.ownerIds.split(",")).filter(s -> !s.isBlank()).forEach(s -> owners.add(Long.parseLong(s.trim())));
            }
        }
        List<Long> cards = new ArrayList<>();
        for (int from = 0; from < owners.size(); from += 1000) {
            List<Long> batch = List.copyOf(owners).subList(from, Math.min(owners.size(), from + 1000));
            OwnerCard.liveOf(batch).forEach(c -> cards.add(c.id));
        }
        return cards;
    }

    private String scopeText(BallotInspection i) {
        List<String> keys = i.voters();
        return keys == null ? null : String.join("; ", names.of(i.decisionId, keys).values().stream().map(VoterName::name).toList());
    }

    private Decision lock(long decisionId, Action action) {
        Decision d = Decision.findById(decisionId, LockModeType.PESSIMISTIC_WRITE);
        return checkRole(d, action);
    }

    private Decision requireRole(long decisionId, Action action) {
        return checkRole(Decision.findById(decisionId), action);
    }

    private Decision checkRole(Decision d, Action action) {
        if (d == null || !DecisionWorkflow.isPublic(d.status)) {
            throw DomainException.notFound("not-found.decision");
        }
        if (currentUser.cardId().isPresent()) {
            throw DomainException.forbidden("forbidden.card-not-staff");
        }
        currentUser.require(DecisionService.scope(d), BallotInspectionPermissions.roles(action));
        return d;
    }

    private static BallotInspection find(Decision d, long inspectionId) {
        BallotInspection i = BallotInspection.findById(inspectionId);
        if (i == null || !i.decisionId.equals(d.id)) {
            throw Refusal.of(RuleViolation.notFound("assembly.inspection.not-found"));
        }
        return i;
    }

    private static NamedBallot row(Decision d, Map<String, String> candidates, VoterName v, String state, String choice,
                                   List<Cast<String>> casts) {
        Choice single = choice == null || d.election() ? null : ChoiceCodec.single(choice);
        List<Mark> marks = choice == null || !d.election() ? List.of() : ChoiceCodec.marks(choice).entrySet().stream()
                .map(e -> new Mark(candidates.get(e.getKey()), e.getValue())).toList();
        return new NamedBallot(v.voterKey(), v.name(), v.flats(), v.owners(), state, choice, single, marks,
                casts.stream().map(Cast::channel).distinct().toList());
    }

    private InspectionView view(BallotInspection i) {
        List<String> keys = i.voters();
        List<String> voters = keys == null ? List.of()
                : names.of(i.decisionId, keys).values().stream().map(VoterName::name).toList();
        return new InspectionView(i.id, i.decisionId, i.basis, i.citation, i.reason, keys == null, voters, i.status,
                i.requestedBy, i.requestedAt, i.decidedBy, i.decidedAt, i.refusalReason);
    }
}
