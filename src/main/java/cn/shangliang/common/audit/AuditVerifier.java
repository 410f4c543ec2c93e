package cn.shangliang.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;

import java.util.List;

/** Recomputes the chain from the first sealed entry and reports the first one that does not match. */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 2000;

    @Inject
    EntityManager em;

    @Transactional
    public AuditVerification verify() {
        String prev = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = AuditEntry.find("seq >= ?1 order by seq", expectedSeq).page(0, PAGE).list();
            for (AuditEntry e : page) {
                if (e.seq != expectedSeq || !prev.equals(e.prevHash) || !AuditHash.of(prev, e.seq, e).equals(e.hash)) {
                    return new AuditVerification(false, checked, unsealed(), e.id, e.seq, expectedSeq);
                }
                prev = e.hash;
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < PAGE) {
                return new AuditVerification(true, checked, unsealed(), null, null, null);
            }
        }
    }

    private long unsealed() {
        return AuditEntry.count("seq is null");
    }

    /**
     * @param brokenEntryId the first entry whose hash or link does not match, or null when the chain holds
     * @param expectedSeq   the sequence number the verifier expected there (a gap shows as a mismatch)
     */
    public record AuditVerification(boolean intact, long sealedChecked, long unsealed,
                                    Long brokenEntryId, Long brokenSeq, Long expectedSeq) {
    }
}
