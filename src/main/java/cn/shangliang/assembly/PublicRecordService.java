package cn.shangliang.assembly;

import cn.shangliang.assembly.TallyViews.VerificationView;
import cn.shangliang.assembly.rules.Cast;
import cn.shangliang.assembly.rules.EffectiveBallot;
import cn.shangliang.assembly.rules.MerkleTree;
import cn.shangliang.assembly.rules.CountableBallots;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public record of a count (ballot-privacy.md): the result with its breakdown merged where groups are small, and
 * a Merkle tree over one leaf per counted ballot. A leaf is the hash of the ballot's public reference, choice and
 * area with a secret only its owner is shown, so the published leaves name nobody, a bought receipt code proves
 * nothing, and the owner can still prove their ballot is among those counted.
 */
@ApplicationScoped
public class PublicRecordService {

    public static final int LEAF_PAGE = 1000;
    static final String LEAF_VERSION = "shangliang-ballot-v1";

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    ChoiceSeal seal;

    @Inject
    Counting counting;

    @Inject
    DecisionViews views;

    @Inject
    TallyService tally;

    @Inject
    Clock clock;

    @Inject
    AssemblyConfig config;

    /** What a counted ballot's leaf is made of; the owner is shown all of it, the public only {@link #hash}. */
    public record Leaf(String reference, String choice, long areaCenti, String secret, String hash) {
    }

    /** Writes (or, after a recount, rewrites) the record of a count, in the transaction that publishes the result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicRecord publish(Decision d, CountableBallots<String> resolution) {
        List<String> leaves = sortedLeaves(d, resolution);
        PublicRecord r = PublicRecord.findById(d.id);
        if (r == null) {
            r = new PublicRecord();
            r.decisionId = d.id;
        }
        r.merkleRoot = MerkleTree.root(leaves);
        r.leafCount = leaves.size();
        r.leaves = String.join("\n", leaves);
        r.computedAt = clock.instant();
        if (!r.isPersistent()) {
            r.persist();
        }
        return r;
    }

    /** The Merkle root the record of this count would carry, without writing it (a recount compares it). */
    public String root(Decision d, CountableBallots<String> resolution) {
        return MerkleTree.root(sortedLeaves(d, resolution));
    }

    private List<String> sortedLeaves(Decision d, CountableBallots<String> resolution) {
        List<String> leaves = new ArrayList<>(leaves(d, resolution).values().stream().map(Leaf::hash).toList());
        leaves.sort(String::compareTo);
        return leaves;
    }

    /** The leaf of every counted ballot, by voter key. */
    Map<String, Leaf> leaves(Decision d, CountableBallots<String> resolution) {
        Map<String, Long> areas = snapshot.areas(d.id);
        Map<String, String> receipts = receipts(d.id);
        Map<String, Leaf> leaves = new HashMap<>(resolution.effective().size() * 2);
        for (EffectiveBallot<String> ballot : resolution.effective().values()) {
            String reference = ballot.casts().stream().map(c -> reference(c, receipts)).sorted().findFirst().orElseThrow();
            long area = areas.getOrDefault(ballot.voterKey(), 0L);
            String secret = seal.commit("leaf-secret", String.valueOf(d.id), ballot.voterKey());
            String hash = MerkleTree.leaf(leafText(d.id, reference, ballot.choice(), area, secret));
            leaves.put(ballot.voterKey(), new Leaf(reference, ballot.choice(), area, secret, hash));
        }
        return leaves;
    }

    /** The text a leaf hashes; published in ballot-privacy.md so that owners can recompute their leaf. */
    static String leafText(long decisionId, String reference, String choice, long areaCenti, String secret) {
        return String.join("|", LEAF_VERSION, Long.toString(decisionId), reference, choice, Long.toString(areaCenti), secret);
    }

    /** The public record of a closed decision: result, Merkle root, and the leaves, {@link #LEAF_PAGE} a page. */
    public VerificationView verification(long id, int page) {
        return verification(id, page, LEAF_PAGE);
    }

    /** The whole public record as one page, for the download: the same leaves the pages show. */
    public VerificationView verificationWhole(long id) {
        return verification(id, 0, Integer.MAX_VALUE);
    }

    private VerificationView verification(long id, int page, int pageSize) {
        Decision d = views.visible(id);
        PublicRecord r = PublicRecord.findById(d.id);
        if (!DecisionWorkflow.isCounted(d.status) || r == null) {
            throw DomainException.conflict("not-closed");
        }
        List<String> leaves = r.leafList();
        int p = Math.max(page, 0);
        int from = (int) Math.min(leaves.size(), (long) p * pageSize);
        int to = (int) Math.min(leaves.size(), (long) from + pageSize);
        return new VerificationView(d.id, tally.result(d.id), r.merkleRoot, r.leafCount, config.minGroupSize(),
                List.copyOf(leaves.subList(from, to)), p, pageSize);
    }

    static String reference(Cast<String> cast, Map<String, String> receipts) {
        return switch (cast.channel()) {
            case ONLINE -> receipts.get("o" + cast.reference());
            case PROXY -> receipts.getOrDefault("m" + cast.reference(), "mandate-" + cast.reference());
            case PAPER -> "paper-" + cast.reference();
        };
    }

    /** Receipt codes by "o" + online sequence and by "m" + mandate id (the mandate's latest proxy ballot). */
    static Map<String, String> receipts(long decisionId) {
        Map<String, String> receipts = new HashMap<>();
        // Only the two columns, never the sealed choices (no entity per ballot).
        for (Object[] row : Ballot.getEntityManager().createQuery(
                "select b.sequence, b.receipt from Ballot b where b.decisionId = ?1", Object[].class)
                .setParameter(1, decisionId).getResultList()) {
            receipts.put("o" + row[0], (String) row[1]);
        }
        for (ProxyBallotRecord p : ProxyBallotRecord.<ProxyBallotRecord>list("decisionId = ?1 order by id", decisionId)) {
            receipts.put("m" + p.mandateId, p.receipt);
        }
        return receipts;
    }
}
