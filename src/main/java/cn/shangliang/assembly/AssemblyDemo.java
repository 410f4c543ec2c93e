package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.community.Estate;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Demo decisions in the big demo estate (海岸城): one in its notice period, one open for voting with some ballots, one
 * closed with its result published. Written directly (the demo has no logged-in staff), through the same
 * snapshot and count as the services.
 */
@ApplicationScoped
public class AssemblyDemo {

    private static final Logger LOG = Logger.getLogger(AssemblyDemo.class);
    private static final String ACTOR = "system:demo";

    @Inject
    PublicRecordService records;

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    Counting counting;

    @Inject
    NoticeBoard board;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    void seed(@Observes DemoSeeded event) {
        Estate estate = Estate.find("name", DemoCommunity.ESTATE_HAIANCHENG).firstResult();
        if (estate == null) {
            LOG.info("assembly demo skipped: the big demo estate is missing");
            return;
        }
        Instant now = Instant.now();
        try {
            decision(estate, "修订小区管理规约", MatterType.MANAGEMENT_COVENANT, now.plus(Duration.ofDays(16)), 0);
            Decision open = decision(estate, "使用维修资金更换 3 号楼电梯", MatterType.USE_MAINTENANCE_FUND,
                    now.minus(Duration.ofDays(2)), 0.5);
            Decision closed = decision(estate, "续聘物业服务企业", MatterType.PROPERTY_MANAGER,
                    now.minus(Duration.ofDays(30)), 0.8);
            closed.closesAt = now.minus(Duration.ofDays(10));
            close(closed);
            LOG.infof("assembly demo: decisions %d (open) and %d (closed) in %s", open.id, closed.id, estate.name);
        } catch (RuntimeException e) {
            LOG.infof("assembly demo skipped: the demo roster cannot be counted (%s)", e.getMessage());
        }
    }

    /** A published decision opening at {@code opensAt} for ten days, with ballots from a share of the roster. */
    private Decision decision(Estate estate, String title, MatterType matter, Instant opensAt, double turnout) {
        Decision d = new Decision();
        d.communityId = estate.communityId;
        d.estateId = estate.id;
        d.title = title;
        d.body = "演示数据：" + title + "。";
        d.matterType = matter;
        d.status = DecisionStatus.PUBLISHED;
        d.opensAt = opensAt;
        d.closesAt = opensAt.plus(Duration.ofDays(10));
        d.parkingCounts = estate.parkingCounts;
        d.createdBy = ACTOR;
        d.createdAt = opensAt.minus(Duration.ofDays(16));
        d.publishedAt = d.createdAt;
        d.persist();
        snapshot.take(d);
        board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId, "业主共同决定公告：" + title,
                d.body, DecisionService.SOURCE, d.id, "/assembly/" + d.id, d.closesAt), ACTOR);
        List<SnapshotVoter> voters = SnapshotVoter.list("decisionId = ?1 and delegateOwnerId is not null order by id", d.id);
        SecureRandom random = new SecureRandom();
        int voting = (int) (voters.size() * turnout);
        for (int i = 0; i < voting; i++) {
            SnapshotVoter v = voters.get(i);
            String choice = i % 5 == 4 ? "OPPOSE" : i % 11 == 10 ? "ABSTAIN" : "AGREE";
            BallotHistory h = new BallotHistory();
            h.decisionId = d.id;
            h.voterKey = v.voterKey;
            h.choice = choice;
            h.receipt = ReceiptCode.generate(random);
            h.castAt = opensAt.plus(Duration.ofHours(1));
            h.ownerId = v.delegateOwnerId;
            h.cardId = 0;
            h.persist();
            Ballot b = new Ballot();
            b.decisionId = d.id;
            b.voterKey = v.voterKey;
            b.choice = choice;
            b.receipt = h.receipt;
            b.sequence = h.id;
            b.firstCastAt = h.castAt;
            b.castAt = h.castAt;
            b.ownerId = h.ownerId;
            b.cardId = 0;
            b.persist();
        }
        return d;
    }

    private void close(Decision d) {
        d.status = DecisionStatus.CLOSED;
        d.closedAt = d.closesAt;
        Counting.Counted counted = counting.count(d);
        ResultView result = counted.result();
        PublicRecord record = records.publish(d, counted.resolution());
        PublishedResult stored = new PublishedResult();
        stored.decisionId = d.id;
        stored.computedAt = result.computedAt();
        stored.provisional = result.provisional();
        stored.passed = result.passed();
        try {
            stored.resultJson = json.writeValueAsString(result);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stored.noticeId = board.publish(new NoticeBoard.Draft(NoticeCategory.ASSEMBLY, d.communityId, d.estateId,
                ResultText.title(d, result, 1), ResultText.of(d, result, List.of(), record, 1, null, 0),
                DecisionService.SOURCE, d.id, "/assembly/" + d.id, null), ACTOR).id;
        stored.persist();
    }
}
