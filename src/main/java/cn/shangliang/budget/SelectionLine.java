package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** Why one project was or was not funded, as the selection rule decided and the notice published. */
@Entity
@Table(name = "budget_selection_line")
public class SelectionLine extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long cycleId;
    @Column(nullable = false) public Long projectId;
    public int position;
    public boolean funded;

    /** The rule's verdict name (e.g. FUNDED, DOES_NOT_FIT, NOT_AFFORDABLE, BELOW_MAJORITY). */
    @Column(nullable = false) public String verdict;
    public BigDecimal score;
    public long costFen;
    public Long remainingBeforeFen;
    public Long supporters;

    /** Equal Shares: what each supporter paid, in fen, as an exact fraction ("1000/3"). */
    public String pricePerSupporter;
    @Column(nullable = false) public String reason;

    public static List<SelectionLine> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by position", cycleId);
    }
}
