package cn.shangliang.notice;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.audit.AuditConfig;
import cn.shangliang.common.audit.AuditHead;
import cn.shangliang.common.lease.JobLease;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Publishes the audit chain head on the public notice board, at least daily and with every assembly result, so a
 * rewrite or truncation of the database shows against what the public saw (docs/security.md, "Ballots").
 */
@ApplicationScoped
public class AuditHeadNotices {

    static final String SOURCE = "audit_head";
    private static final String SYSTEM_ACTOR = "system:audit-head";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    AuditHead head;

    @Inject
    NoticeBoard board;

    @Inject
    JobLease lease;

    @Inject
    AuditConfig config;

    @Scheduled(every = "${shangliang.audit.head-check:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        if (lease.tryAcquire("audit-head")) {
            QuarkusTransaction.requiringNew().run(this::publishIfDue);
        }
    }

    void publishIfDue() {
        Instant last = head.lastPublished();
        if (last == null || last.plus(config.headEvery()).isBefore(Instant.now(Clocks.REAL))) {
            publish(null, null, "daily", SYSTEM_ACTOR);
        }
    }

    /** Publishes the head now, on a community's board or (both null) the subdistrict-wide one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditHead.Head publish(Long communityId, Long estateId, String reason, String actor) {
        AuditHead.Head h = head.current();
        String body = "审计日志链头（Audit chain head）\n序号 seq：" + h.seq() + "\n哈希 HMAC-SHA256：" + h.hash()
                + "\n时间：" + TIME.format(h.at()) + "（北京时间）\n请保存本公告。任何人可用 /api/audit/anchors/check?seq="
                + h.seq() + "&hash=" + h.hash() + " 核对审计日志是否仍包含此链头；不符即说明记录被删改。";
        Notice n = board.publish(new NoticeBoard.Draft(NoticeCategory.GENERAL, communityId, estateId,
                "审计日志链头 #" + h.seq(), body, SOURCE, h.seq(), null, null), actor);
        head.anchor(h, n.id, reason);
        return h;
    }
}
