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
 * Demo cycles at the other stages (issue 19: every stage reachable from the demo): 科技园社区 collects proposals for
 * next year and holds this year's residents' vote; 高新社区's cycle of last year is approved, its first project
 * waiting for its contract. With {@link BudgetDemo}'s cycle in review, staff and residents reach every stage from
 * here: review → vote → selection and notice → approval → implementation.
 */
@ApplicationScoped
public class BudgetStagesDemo {

    private static final Logger LOG = Logger.getLogger(BudgetStagesDemo.class);

    void seed(@Observes DemoSeeded event) {
        Community gaoxin = Community.find("name", DemoCommunity.COMMUNITY_GAOXIN).firstResult();
        Community kejiyuan = Community.find("name", DemoCommunity.COMMUNITY_KEJIYUAN).firstResult();
        if (gaoxin == null || kejiyuan == null) {
            LOG.info("Budget stages demo skipped: no demo communities");
            return;
        }
        int year = LocalDate.now().getYear();

        BudgetCycle next = cycle(kejiyuan, year + 1, CycleStatus.PROPOSING, VoteMode.COUNCIL_APPROVAL);
        next.proposalsOpenOn = LocalDate.now().minusDays(2);
        next.proposalsCloseOn = LocalDate.now().plusDays(40);

        BudgetCycle voting = cycle(kejiyuan, year, CycleStatus.VOTING, VoteMode.RESIDENTS_APPROVAL);
        voting.proposalsOpenOn = LocalDate.now().minusDays(40);
        voting.proposalsCloseOn = LocalDate.now().minusDays(20);
        // a residents' vote runs to a deadline (issue 19): a week from the demo's start
        voting.voteEndsAt = Instant.now().plusSeconds(CycleService.DEFAULT_VOTE_DAYS * 24L * 3600);
        BudgetDemo.project(voting, "小区健身器材更新", "健身器材老化生锈", "中心花园", ProjectType.GOODS, 6_000_000L,
                ProjectStatus.ACCEPTED, ProjectSource.ONLINE);
        BudgetDemo.project(voting, "暑期青少年托管班", "双职工家庭孩子暑假无人照看", "社区活动室", ProjectType.SERVICE, 12_000_000L,
                ProjectStatus.ACCEPTED, ProjectSource.ONLINE);
        BudgetDemo.project(voting, "大冲小区雨棚修缮", "雨天出入口积水", "2 栋入口", ProjectType.WORKS, 9_000_000L,
                ProjectStatus.ACCEPTED, ProjectSource.PAPER);

        BudgetCycle last = cycle(gaoxin, year - 1, CycleStatus.APPROVED, VoteMode.COUNCIL_APPROVAL);
        last.proposalsOpenOn = LocalDate.now().minusMonths(14);
        last.proposalsCloseOn = LocalDate.now().minusMonths(13);
        last.approvedAt = Instant.now().minusSeconds(30L * 24 * 3600);
        BudgetProject approved = BudgetDemo.project(last, "社区长者食堂桌椅更换", "桌椅破旧，老人用餐不便", "长者食堂",
                ProjectType.GOODS, 4_000_000L, ProjectStatus.APPROVED, ProjectSource.ONLINE);
        approved.approvedFen = approved.estimatedCostFen;
        LOG.info("Budget stages demo: a cycle collecting proposals, one in the residents' vote, one approved");
    }

    private static BudgetCycle cycle(Community community, int year, CycleStatus status, VoteMode mode) {
        BudgetCycle c = new BudgetCycle();
        c.communityId = community.id;
        c.year = year;
        c.title = year + "年" + community.name + "民生微实事";
        c.budgetFen = 200_000_000L;
        c.capWorksFen = 100_000_000L;
        c.capServiceFen = 50_000_000L;
        c.capGoodsFen = 50_000_000L;
        c.noticeDays = 5;
        c.quorum = "> 2/3";
        c.majority = "> 1/2";
        c.voteMode = mode;
        c.maxApprovals = 2;
        c.maxScore = 5;
        c.ruleName = "greedy";
        c.status = status;
        c.createdAt = Instant.now();
        c.createdBy = "demo";
        c.proposalsOpenOn = LocalDate.now();
        c.proposalsCloseOn = LocalDate.now();
        c.persist();
        return c;
    }
}
