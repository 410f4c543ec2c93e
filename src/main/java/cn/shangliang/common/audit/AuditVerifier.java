package cn.shangliang.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the keyed chain from the first sealed entry, then compares its end with the chain head and with every
 * head published on the notice board. Reports the first entry that does not match, or a truncation: a chain that
 * ends before the head or before a published head.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 2000;

    @Inject
    EntityManager em;

    @Inject
    AuditChainKey key;

    /** What went wrong first, if anything. */
    public enum Problem { NONE, BROKEN_LINK, TRUNCATED, HEAD_MISMATCH, ANCHOR_MISMATCH }

    @Transactional
    public AuditVerification verify() {
        // The head is read first: it starts the transaction's snapshot, so head and entries are seen as of one moment.
        AuditChainHead head = em.find(AuditChainHead.class, (byte) 1, LockModeType.NONE);
        Map<Long, String> anchors = new HashMap<>();
        long lastAnchor = 0;
        for (AuditAnchor a : AuditAnchor.<AuditAnchor>listAll()) {
            anchors.put(a.seq, a.hash);
            lastAnchor = Math.max(lastAnchor, a.seq);
        }
        String prev = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = AuditEntry.find("seq >= ?1 order by seq", expectedSeq).page(0, PAGE).list();
            for (AuditEntry e : page) {
                if (e.seq != expectedSeq || !prev.equals(e.prevHash)
                        || !AuditHash.of(key, head.keyedFromSeq, prev, e.seq, e).equals(e.hash)) {
                    return failed(Problem.BROKEN_LINK, checked, head, e.id, e.seq, expectedSeq, anchors.size());
                }
                String anchored = anchors.get(e.seq);
                if (anchored != null && !anchored.equals(e.hash)) {
                    return failed(Problem.ANCHOR_MISMATCH, checked, head, e.id, e.seq, expectedSeq, anchors.size());
                }
                prev = e.hash;
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        long end = expectedSeq - 1;
        if (end < head.lastSeq || end < lastAnchor) {
            return failed(Problem.TRUNCATED, checked, head, null, end, end + 1, anchors.size());
        }
        if (end > head.lastSeq || !prev.equals(head.lastHash)) {
            return failed(Problem.HEAD_MISMATCH, checked, head, null, end, head.lastSeq, anchors.size());
        }
        return new AuditVerification(true, Problem.NONE, checked, unsealed(), null, null, null, head.lastSeq,
                head.lastHash, anchors.size());
    }

    /** Whether the sealed entry at {@code seq} carries {@code hash}: lets anyone check a head they kept a copy of. */
    @Transactional
    public boolean matches(long seq, String hash) {
        AuditEntry e = AuditEntry.find("seq", seq).firstResult();
        return e != null && e.hash.equalsIgnoreCase(hash);
    }

    private AuditVerification failed(Problem problem, long checked, AuditChainHead head, Long entryId, Long seq,
                                     Long expected, int anchors) {
        return new AuditVerification(false, problem, checked, unsealed(), entryId, seq, expected, head.lastSeq,
                head.lastHash, anchors);
    }

    private long unsealed() {
        return AuditEntry.count("seq is null");
    }

    /**
     * @param brokenEntryId the first entry whose hash or link does not match, or null when the chain holds
     * @param brokenSeq     its sequence number, or for a truncation the last sequence number found
     * @param expectedSeq   the sequence number the verifier expected there (a gap shows as a mismatch)
     * @param headSeq       the head's sequence number, as stored
     * @param anchorsChecked how many published heads the chain was compared with
     */
    public record AuditVerification(boolean intact, Problem problem, long sealedChecked, long unsealed,
                                    Long brokenEntryId, Long brokenSeq, Long expectedSeq, long headSeq,
                                    String headHash, int anchorsChecked) {
    }
}
