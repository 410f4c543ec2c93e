package cn.shangliang.assembly;

import cn.shangliang.assembly.VoterNames.VoterName;
import cn.shangliang.assembly.rules.Cast;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.Conflict;
import cn.shangliang.assembly.rules.ConflictRule;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staff resolve a voter's conflicting records (different choices online, on paper, by proxy) by naming the record
 * that stands, with a reason, before or after the close (assembly-tally.md, "Conflicts"; the rule is
 * {@link ConflictRule}). Staff see channels and references, never the choices. After the close a recount publishes
 * the corrected result (TallyService.recount).
 */
@ApplicationScoped
public class ConflictService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    DecisionService decisions;

    @Inject
    Counting counting;

    @Inject
    VoterNames names;

    public record ResolveRequest(@NotBlank(message = "field.assembly.voter") String voterKey,
                                 @NotNull(message = "field.assembly.conflict-record") BallotChannel channel,
                                 String reference,
                                 @NotBlank(message = "field.reason") @Size(max = 2000, message = "field.reason") String reason) {
    }

    /** One record of a conflict; {@code allowed} says whether the rule lets it stand. */
    public record RecordView(BallotChannel channel, String reference, boolean allowed) {
    }

    /** An open conflict as staff see it: whose, and which records; never a choice. */
    public record ConflictView(String voterKey, String name, List<RecordView> records) {
    }

    public record ResolutionView(long id, String voterKey, String name, BallotChannel channel, String reference, String reason,
                                 String resolvedBy, Instant resolvedAt) {
    }

    public record Conflicts(List<ConflictView> open, List<ResolutionView> resolved) {
    }

    public Conflicts list(long decisionId) {
        Decision d = decisions.requireStaff(decisionId);
        List<Conflict<String>> open = counting.resolve(d).conflicts();
        List<ConflictResolution> done = ConflictResolution.list("decisionId = ?1 order by id", d.id);
        List<String> keys = new ArrayList<>();
        open.forEach(c -> keys.add(c.voterKey()));
        done.forEach(r -> keys.add(r.voterKey));
        Map<String, VoterName> named = names.of(d.id, keys);
        List<ConflictView> views = open.stream().map(c -> new ConflictView(c.voterKey(), name(named, c.voterKey()),
                c.casts().stream().map(cast -> new RecordView(cast.channel(), cast.reference(),
                        ConflictRule.check(c.casts(), cast.channel(), cast.reference()).isEmpty())).toList())).toList();
        return new Conflicts(views, done.stream().map(r -> view(r, name(named, r.voterKey))).toList());
    }

    @Transactional
    public ResolutionView resolve(long decisionId, @Valid @NotNull ResolveRequest r) {
        Decision d = decisions.lockForStaff(decisionId);
        if (!DecisionWorkflow.resolvesConflicts(d.status)) {
            throw Refusal.of(RuleViolation.conflict("not-closable"));
        }
        if (ConflictResolution.count("decisionId = ?1 and voterKey = ?2", d.id, r.voterKey()) > 0) {
            throw Refusal.of(RuleViolation.conflict("assembly.conflict.already-resolved"));
        }
        Conflict<String> conflict = counting.resolve(d).conflicts().stream()
                .filter(c -> c.voterKey().equals(r.voterKey())).findFirst()
                .orElseThrow(() -> Refusal.of(RuleViolation.conflict("assembly.conflict.none")));
        String reference = r.channel() == BallotChannel.ONLINE
                ? conflict.casts().stream().filter(c -> c.channel() == BallotChannel.ONLINE).map(Cast::reference).findFirst().orElse("")
                : r.reference() == null ? "" : r.reference().strip();
        ConflictRule.check(conflict.casts(), r.channel(), reference).ifPresent(code -> {
            throw Refusal.of(RuleViolation.invalid(code));
        });
        ConflictResolution c = new ConflictResolution();
        c.decisionId = d.id;
        c.voterKey = r.voterKey();
        c.channel = r.channel();
        c.recordRef = reference;
        c.reason = r.reason().strip();
        c.resolvedBy = currentUser.auditName();
        c.resolvedAt = clock.instant();
        c.persist();
        audit.record(c.resolvedBy, "assembly.conflict.resolve", "assembly_decision", d.id, "voter " + c.voterKey + ": "
                + c.channel + " " + c.recordRef + " stands (" + conflict.casts().size() + " records): " + c.reason);
        return view(c, names.one(d.id, c.voterKey).name());
    }

    private static String name(Map<String, VoterName> named, String key) {
        VoterName v = named.get(key);
        return v == null ? key : v.name();
    }

    private static ResolutionView view(ConflictResolution r, String name) {
        return new ResolutionView(r.id, r.voterKey, name, r.channel, r.recordRef, r.reason, r.resolvedBy, r.resolvedAt);
    }
}
