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

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    public int year;
    @Column(nullable = false) public String title;
    public long budgetFen;
    public long capWorksFen;
    public long capServiceFen;
    public long capGoodsFen;
    @Column(nullable = false) public LocalDate proposalsOpenOn;
    @Column(nullable = false) public LocalDate proposalsCloseOn;
    public int noticeDays;

    /** A {@code common.rules.Threshold} in its text form, e.g. "> 2/3" of members present. */
    @Column(nullable = false) public String quorum;

    /** Approvals a project needs from the members present to be eligible under a council vote, e.g. "> 1/2". */
    @Column(nullable = false) public String majority;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public VoteMode voteMode;
    public int maxApprovals;
    public int maxScore;
    @Column(nullable = false) public String ruleName;
    public Integer minVotes;

    /** The comparison step's count (…-comparison rules), set when the selection is published. */
    public Integer comparisonPreferEs;
    public Integer comparisonPreferGreedy;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public CycleStatus status;
    public Integer membersTotal;

    /** End of a residents' vote (issue 19): no ballot at or after it; null for council votes. */
    public Instant voteEndsAt;
    public Instant noticeEndsAt;
    public Instant approvedAt;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public String createdBy;
    @Version public long version;

    public long capFor(ProjectType type) {
        return switch (type) {
            case WORKS -> capWorksFen;
            case SERVICE -> capServiceFen;
            case GOODS -> capGoodsFen;
        };
    }
}
