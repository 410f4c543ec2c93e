package cn.shangliang.assembly;

import cn.shangliang.assembly.TallyViews.HistoryEvent;
import cn.shangliang.assembly.TallyViews.HistoryRow;
import cn.shangliang.assembly.TallyViews.NotCounted;
import cn.shangliang.assembly.TallyViews.ProofView;
import cn.shangliang.assembly.TallyViews.ReceiptLookup;
import cn.shangliang.assembly.rules.BallotChannel;
import cn.shangliang.assembly.rules.EffectiveBallot;
import cn.shangliang.assembly.rules.MerkleTree;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.assembly.rules.CountableBallots;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Receipts and an owner's own ballots. A receipt code tells anyone whether its ballot counts — never the choice, so
 * a code handed to a vote buyer proves nothing; the choice, the history and the inclusion proof are shown only to
 * the card holder the ballot belongs to, logged in (ballot-privacy.md).
 */
@ApplicationScoped
public class ReceiptService {

    @Inject
    Counting counting;

    @Inject
    CurrentUser currentUser;

    @Inject
    BallotService ballots;

    @Inject
    PublicRecordService records;

    @Inject
    StaffRecordChecks checks;

    /** A located receipt: the decision, the voter it was cast for, and the record behind it. */
    private record Found(Decision decision, String voterKey, BallotHistory online, ProxyBallotRecord proxy) {
    }

    public ReceiptLookup lookup(String typed) {
        Found f = find(typed);
        Decision d = f.decision();
        CountableBallots<String> resolution = counting.resolve(d);
        EffectiveBallot<String> eff = resolution.effective().get(f.voterKey());
        ReceiptStatus status;
        NotCounted reason = null;
        if (f.online() != null) {
            Ballot current = Ballot.find("decisionId = ?1 and voterKey = ?2", d.id, f.voterKey()).firstResult();
            boolean latest = current != null && current.receipt.equals(f.online().receipt) && current.choice != null;
            boolean in = latest && eff != null && eff.casts().stream().anyMatch(
                    c -> c.channel() == BallotChannel.ONLINE && c.reference().equals(String.valueOf(current.sequence)));
            status = !latest ? ReceiptStatus.SUPERSEDED : in ? countedOrPending(d) : ReceiptStatus.NOT_COUNTED;
            if (latest && !in) {
                reason = checks.ownerConfirmedOther(d.id, f.voterKey()) ? NotCounted.OWNER_CONFIRMED_OTHER
                        : resolvedOther(d, f.voterKey()) ? NotCounted.RESOLVED_OTHER : NotCounted.CONFLICT;
            }
        } else {
            boolean latest = ProxyBallotRecord.count("mandateId = ?1 and id > ?2", f.proxy().mandateId, f.proxy().id) == 0;
            boolean in = latest && eff != null && eff.casts().stream().anyMatch(c -> c.channel() == BallotChannel.PROXY);
            status = !latest ? ReceiptStatus.SUPERSEDED : in ? countedOrPending(d) : ReceiptStatus.NOT_COUNTED;
            if (latest && !in) {
                reason = !checks.counts(d.id, f.voterKey(), BallotChannel.PROXY, String.valueOf(f.proxy().mandateId))
                        ? NotCounted.STAFF_RECORD
                        : resolution.rejectedProxy().stream().anyMatch(r -> r.ballot().sequence() == f.proxy().id)
                        ? NotCounted.MANDATE : resolvedOther(d, f.voterKey()) ? NotCounted.RESOLVED_OTHER : NotCounted.CONFLICT;
            }
        }
        boolean own = ownVoterKeys(d).contains(f.voterKey());
        String choice = !own ? null : f.online() != null ? f.online().choice : f.proxy().choice;
        return new ReceiptLookup(ReceiptCode.normalize(typed), d.id, d.title, status, reason, own, choice);
    }

    private static boolean resolvedOther(Decision d, String voterKey) {
        return ConflictResolution.count("decisionId = ?1 and voterKey = ?2", d.id, voterKey) > 0;
    }

    /** The caller's own ballots on a decision, every cast, change and withdrawal in every channel, oldest first. */
    public List<HistoryRow> history(long decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null || !DecisionWorkflow.isPublic(d.status)) {
            throw Refusal.of(RuleViolation.notFound("decision-not-found"));
        }
        List<String> keys = ballots.votersOfCaller(d).stream().map(v -> v.voterKey).toList();
        List<HistoryRow> rows = new ArrayList<>();
        if (keys.isEmpty()) {
            return rows;
        }
        String previous = null;
        for (BallotHistory h : BallotHistory.<BallotHistory>list("decisionId = ?1 and voterKey in ?2 order by id", d.id, keys)) {
            HistoryEvent event = h.choice == null ? HistoryEvent.WITHDRAWN : previous == null ? HistoryEvent.CAST : HistoryEvent.CHANGED;
            rows.add(new HistoryRow(h.castAt, BallotChannel.ONLINE, event, h.receipt, h.choice, h.voterKey));
            previous = h.choice;
        }
        for (ProxyMandateRecord m : ProxyMandateRecord.<ProxyMandateRecord>list("decisionId = ?1 and voterKey in ?2", d.id, keys)) {
            rows.add(new HistoryRow(m.registeredAt, BallotChannel.PROXY, HistoryEvent.MANDATE, null, m.instruction, m.voterKey));
            for (ProxyBallotRecord p : ProxyBallotRecord.<ProxyBallotRecord>list("mandateId = ?1 order by id", m.id)) {
                rows.add(new HistoryRow(p.castAt, BallotChannel.PROXY, HistoryEvent.CAST, p.receipt, p.choice, m.voterKey));
            }
        }
        for (PaperBallotEntry e : PaperBallotEntry.<PaperBallotEntry>list("decisionId = ?1 and voterKey in ?2 order by id", d.id, keys)) {
            rows.add(new HistoryRow(e.enteredAt, BallotChannel.PAPER, e.voidedAt == null ? HistoryEvent.ENTERED : HistoryEvent.VOIDED, "paper-" + e.sheetNo,
                    e.choice, e.voterKey));
        }
        rows.sort(Comparator.comparing(HistoryRow::at));
        return rows;
    }

    /** The inclusion proof of the caller's own counted ballot, to check against the published Merkle root. */
    public ProofView proof(String typed) {
        Found f = find(typed);
        Decision d = f.decision();
        if (!ownVoterKeys(d).contains(f.voterKey())) {
            throw Refusal.of(RuleViolation.forbidden("proof-not-own"));
        }
        PublicRecord r = PublicRecord.findById(d.id);
        if (!DecisionWorkflow.isCounted(d.status) || r == null) {
            throw Refusal.of(RuleViolation.conflict("proof-not-closed"));
        }
        PublicRecordService.Leaf leaf = records.leaves(d, counting.resolve(d)).get(f.voterKey());
        List<String> leaves = r.leafList();
        int index = leaf == null ? -1 : leaves.indexOf(leaf.hash());
        List<MerkleTree.Step> path = index < 0 ? List.of() : MerkleTree.proof(leaves, index);
        String text = leaf == null ? null
                : PublicRecordService.leafText(d.id, leaf.reference(), leaf.choice(), leaf.areaCenti(), leaf.secret());
        return new ProofView(ReceiptCode.normalize(typed), d.id, r.merkleRoot, r.leafCount, text, leaf, path,
                index >= 0 && MerkleTree.rootFrom(leaf.hash(), path).equals(r.merkleRoot));
    }

    private Found find(String typed) {
        String code = typed == null ? null : ReceiptCode.normalize(typed);
        if (code == null) {
            throw DomainException.badInput("bad-receipt");
        }
        BallotHistory online = BallotHistory.find("receipt", code).firstResult();
        if (online != null) {
            return new Found(Decision.findById(online.decisionId), online.voterKey, online, null);
        }
        ProxyBallotRecord proxy = ProxyBallotRecord.find("receipt", code).firstResult();
        if (proxy == null) {
            throw DomainException.notFound("not-found.receipt");
        }
        ProxyMandateRecord m = ProxyMandateRecord.findById(proxy.mandateId);
        return new Found(Decision.findById(proxy.decisionId), m.voterKey, null, proxy);
    }

    /** The voter keys the logged-in card holder casts for on the decision; empty for anyone else. */
    private Set<String> ownVoterKeys(Decision d) {
        Long owner = ballots.ownerOfCard(d);
        if (owner == null) {
            return Set.of();
        }
        return SnapshotVoter.<SnapshotVoter>list("decisionId = ?1 and delegateOwnerId = ?2", d.id, owner).stream()
                .map(v -> v.voterKey).collect(Collectors.toSet());
    }

    private static ReceiptStatus countedOrPending(Decision d) {
        return !DecisionWorkflow.isCounted(d.status) ? ReceiptStatus.PENDING : ReceiptStatus.COUNTED;
    }
}
