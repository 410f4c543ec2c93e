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
import java.util.List;

/** A resident's proposal (点单) and, once funded, the project it becomes, through acceptance. */
@Entity
@Table(name = "budget_project")
public class BudgetProject extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long cycleId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProjectSource source;
    public Long proposerAccountId;
    @Column(nullable = false) public String proposerName;
    public String pabulibId;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public String need;
    @Column(nullable = false) public String location;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProjectType type;
    @Column(nullable = false) public String beneficiaries;
    public long proposedCostFen;
    public long estimatedCostFen;
    public String costNote;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProjectStatus status;
    @Enumerated(EnumType.STRING) public RejectReason rejectReason;
    public String reviewNote;
    public Long mergedIntoId;
    public Instant reviewedAt;
    public Long approvedFen;
    public String implementerName;
    @Enumerated(EnumType.STRING) public ImplementerKind implementerKind;
    public Long contractFen;
    public String contractDecision;
    public LocalDate contractedOn;
    @Enumerated(EnumType.STRING) public AcceptanceResult acceptanceResult;
    public String acceptanceItems;
    public String acceptanceRepresentatives;
    public Long finalCostFen;
    public Instant acceptedAt;
    @Column(nullable = false) public Instant createdAt;
    @Version public long version;

    /** In submission order, which the product tie-break uses. */
    public static List<BudgetProject> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static List<BudgetProject> ofCycle(long cycleId, ProjectStatus status) {
        return list("cycleId = ?1 and status = ?2 order by id", cycleId, status);
    }
}
