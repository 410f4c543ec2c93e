package cn.shangliang.common.audit;

import cn.shangliang.common.time.Clocks;
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

    public record Head(long seq, String hash, Instant at) {
    }

    /**
     * The latest sealed head. Read with a locking read, which sees the newest committed head even inside a long
     * transaction. Nothing is sealed here: sealing inside a transaction whose snapshot is older than the head would
     * re-seal entries the sealer already sealed (the snapshot still shows them unsealed) and leave gaps.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Head current() {
        AuditChainHead head = em.find(AuditChainHead.class, (byte) 1, LockModeType.PESSIMISTIC_READ);
        return new Head(head.lastSeq, head.lastHash, Instant.now(Clocks.REAL).truncatedTo(ChronoUnit.MICROS));
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
