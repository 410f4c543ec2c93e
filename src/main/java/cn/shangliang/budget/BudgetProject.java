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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cycle_id", nullable = false)
    public Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectSource source;

    @Column(name = "proposer_account_id")
    public Long proposerAccountId;

    @Column(name = "proposer_name", nullable = false)
    public String proposerName;

    @Column(name = "pabulib_id")
    public String pabulibId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String need;

    @Column(nullable = false)
    public String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectType type;

    @Column(nullable = false)
    public String beneficiaries;

    @Column(name = "proposed_cost_fen", nullable = false)
    public long proposedCostFen;

    @Column(name = "estimated_cost_fen", nullable = false)
    public long estimatedCostFen;

    @Column(name = "cost_note", columnDefinition = "TEXT")
    public String costNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    public RejectReason rejectReason;

    @Column(name = "review_note", columnDefinition = "TEXT")
    public String reviewNote;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "approved_fen")
    public Long approvedFen;

    @Column(name = "implementer_name")
    public String implementerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementer_kind")
    public ImplementerKind implementerKind;

    @Column(name = "contract_fen")
    public Long contractFen;

    @Column(name = "contract_decision")
    public String contractDecision;

    @Column(name = "contracted_on")
    public LocalDate contractedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_result")
    public AcceptanceResult acceptanceResult;

    @Column(name = "acceptance_items", columnDefinition = "TEXT")
    public String acceptanceItems;

    @Column(name = "acceptance_representatives")
    public String acceptanceRepresentatives;

    @Column(name = "final_cost_fen")
    public Long finalCostFen;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** In submission order, which the product tie-break uses. */
    public static List<BudgetProject> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static List<BudgetProject> ofCycle(long cycleId, ProjectStatus status) {
        return list("cycleId = ?1 and status = ?2 order by id", cycleId, status);
    }
}
