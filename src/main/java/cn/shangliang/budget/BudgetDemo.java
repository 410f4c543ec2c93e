package cn.shangliang.budget;

import cn.shangliang.community.Community;
import cn.shangliang.demo.DemoCommunity;
import cn.shangliang.demo.DemoSeeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Demo data: a cycle for the first demo community with proposals at several stages (one awaiting review,
 * accepted ones, one rejected, one on paper). Written directly, since there is no logged-in user while seeding.
 */
@ApplicationScoped
public class BudgetDemo {

    private static final Logger LOG = Logger.getLogger(BudgetDemo.class);

    void seed(@Observes DemoSeeded event) {
        Community community = Community.<Community>find("name", DemoCommunity.COMMUNITY_GAOXIN).firstResult();
        if (community == null) {
            LOG.info("Budget demo skipped: no demo community");
            return;
        }
        BudgetCycle c = new BudgetCycle();
        c.communityId = community.id;
        c.year = LocalDate.now().getYear();
        c.title = c.year + "年" + community.name + "民生微实事";
        c.budgetFen = 200_000_000L;
        c.capWorksFen = 100_000_000L;
        c.capServiceFen = 50_000_000L;
        c.capGoodsFen = 50_000_000L;
        c.proposalsOpenOn = LocalDate.now().minusDays(10);
        c.proposalsCloseOn = LocalDate.now().plusDays(20);
        c.noticeDays = 5;
        c.quorum = "> 2/3";
        c.majority = "> 1/2";
        c.voteMode = VoteMode.COUNCIL_APPROVAL;
        c.maxApprovals = 3;
        c.maxScore = 5;
        c.ruleName = "greedy";
        c.status = CycleStatus.REVIEWING;
        c.createdAt = Instant.now();
        c.createdBy = "demo";
        c.persist();
        project(c, "加装楼道扶手", "老人上下楼不便，3 栋楼道缺扶手", "3 栋", ProjectType.WORKS, 8_000_000L, ProjectStatus.ACCEPTED, ProjectSource.ONLINE);
        project(c, "长者饭堂助餐服务", "独居老人吃饭难", "社区服务中心", ProjectType.SERVICE, 30_000_000L, ProjectStatus.ACCEPTED, ProjectSource.ONLINE);
        project(c, "儿童阅读角图书", "孩子放学后无处看书", "居委会二楼", ProjectType.GOODS, 2_000_000L, ProjectStatus.SUBMITTED, ProjectSource.PAPER);
        BudgetProject rejected = project(c, "小区电梯维修", "电梯经常故障", "5 栋", ProjectType.WORKS, 20_000_000L,
                ProjectStatus.REJECTED, ProjectSource.ONLINE);
        rejected.rejectReason = RejectReason.PROPERTY_COMPANY_DUTY;
        rejected.reviewNote = "电梯维保属于物业服务合同约定的职责，已转交物业公司处理。";
        LOG.info("Budget demo: one cycle in review with four proposals");
    }

    static BudgetProject project(BudgetCycle c, String title, String need, String location, ProjectType type,
                                         long costFen, ProjectStatus status, ProjectSource source) {
        BudgetProject p = new BudgetProject();
        p.cycleId = c.id;
        p.source = source;
        p.proposerName = source == ProjectSource.PAPER ? "王阿姨（纸质）" : "居民";
        p.title = title;
        p.need = need;
        p.location = location;
        p.type = type;
        p.beneficiaries = "本社区居民";
        p.proposedCostFen = costFen;
        p.estimatedCostFen = costFen;
        p.status = status;
        p.reviewedAt = status == ProjectStatus.SUBMITTED ? null : Instant.now();
        p.createdAt = Instant.now();
        p.persist();
        return p;
    }
}
