package cn.shangliang.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The chain head to publish: sealed up to now, and each publication recorded as an anchor the verifier checks. */
@ApplicationScoped
public class AuditHead {

    @Inject
    EntityManager em;

    @Inject
    AuditSealer sealer;

    public record Head(long seq, String hash, Instant at) {
    }

    /** Seals what is pending (this transaction's entries included) and returns the head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Head sealNow() {
        while (sealer.sealPending() == AuditSealer.BATCH) {
            // drain the backlog so the head covers everything recorded so far
        }
        AuditChainHead head = em.find(AuditChainHead.class, (byte) 1, LockModeType.PESSIMISTIC_WRITE);
        return new Head(head.lastSeq, head.lastHash, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void anchor(Head head, Long noticeId, String reason) {
        AuditAnchor a = new AuditAnchor();
        a.seq = head.seq();
        a.hash = head.hash();
        a.publishedAt = head.at();
        a.noticeId = noticeId;
        a.reason = reason;
        a.persist();
    }

    /** When a head was last published, or null. */
    public Instant lastPublished() {
        AuditAnchor a = AuditAnchor.find("order by publishedAt desc").firstResult();
        return a == null ? null : a.publishedAt;
    }

    public List<AuditAnchor> anchors(int page) {
        return AuditAnchor.<AuditAnchor>find("order by id desc").page(Math.max(page, 0), 50).list();
    }
}
