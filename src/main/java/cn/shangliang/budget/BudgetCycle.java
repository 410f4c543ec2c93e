package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** 年度资金: one community's micro-project budget for one year, with the settings that govern its stages. */
@Entity
@Table(name = "budget_cycle")
public class BudgetCycle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_id", nullable = false)
    public Long communityId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(name = "budget_fen", nullable = false)
    public long budgetFen;

    @Column(name = "cap_works_fen", nullable = false)
    public long capWorksFen;

    @Column(name = "cap_service_fen", nullable = false)
    public long capServiceFen;

    @Column(name = "cap_goods_fen", nullable = false)
    public long capGoodsFen;

    @Column(name = "proposals_open_on", nullable = false)
    public LocalDate proposalsOpenOn;

    @Column(name = "proposals_close_on", nullable = false)
    public LocalDate proposalsCloseOn;

    @Column(name = "notice_days", nullable = false)
    public int noticeDays;

    /** A {@code common.rules.Threshold} in its text form, e.g. "> 2/3" of members present. */
    @Column(nullable = false)
    public String quorum;

    /** Approvals a project needs from the members present to be eligible under a council vote, e.g. "> 1/2". */
    @Column(nullable = false)
    public String majority;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_mode", nullable = false)
    public VoteMode voteMode;

    @Column(name = "max_approvals", nullable = false)
    public int maxApprovals;

    @Column(name = "max_score", nullable = false)
    public int maxScore;

    @Column(name = "rule_name", nullable = false)
    public String ruleName;

    @Column(name = "min_votes")
    public Integer minVotes;

    /** The comparison step's count (…-comparison rules), set when the selection is published. */
    @Column(name = "comparison_prefer_es")
    public Integer comparisonPreferEs;

    @Column(name = "comparison_prefer_greedy")
    public Integer comparisonPreferGreedy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CycleStatus status;

    @Column(name = "members_total")
    public Integer membersTotal;

    /** End of a residents' vote (issue 19): no ballot at or after it; null for council votes. */
    @Column(name = "vote_ends_at")
    public Instant voteEndsAt;

    @Column(name = "notice_ends_at")
    public Instant noticeEndsAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    @Column(nullable = false)
    public long version;

    public long capFor(ProjectType type) {
        return switch (type) {
            case WORKS -> capWorksFen;
            case SERVICE -> capServiceFen;
            case GOODS -> capGoodsFen;
        };
    }
}
