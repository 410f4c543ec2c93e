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
import java.util.Optional;

/** One voter's ballot in a cycle: a council member's, a resident's, or one imported from a .pb file. */
@Entity
@Table(name = "budget_ballot")
public class BudgetBallot extends PanacheEntityBase {

    public enum Source { COUNCIL, COUNCIL_TALLY, RESIDENT, IMPORTED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long cycleId;

    /** Who voted: {@code account:<id>}, or {@code pb:<voter_id>} for an imported ballot. Unique per cycle. */
    @Column(nullable = false) public String voterKey;
    public Long accountId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Source source;
    @Column(nullable = false) public String recordedBy;
    @Column(nullable = false) public Instant castAt;
    @Version public long version;

    public static Optional<BudgetBallot> of(long cycleId, String voterKey) {
        return find("cycleId = ?1 and voterKey = ?2", cycleId, voterKey).firstResultOptional();
    }
}
