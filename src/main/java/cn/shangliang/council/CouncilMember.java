package cn.shangliang.council;

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

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A seat on a council for one term; a member who left keeps the row with {@code leftOn} set. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long councilId;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public String name;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public SeatCategory seat;
    public boolean chair;
    @Column(nullable = false) public LocalDate termStart;
    public LocalDate termEnd;
    public LocalDate leftOn;
    @Version public long version;

    public static List<CouncilMember> current(long councilId) {
        return list("councilId = ?1 and leftOn is null order by chair desc, id", councilId);
    }

    public static long countCurrent(long councilId) {
        return count("councilId = ?1 and leftOn is null", councilId);
    }

    /** Those who held a seat on {@code day}: their term had begun and they had not left before that day. */
    public static List<CouncilMember> seatedOn(long councilId, LocalDate day) {
        return list("councilId = ?1 and termStart <= ?2 and (leftOn is null or leftOn >= ?2) order by chair desc, id",
                councilId, day);
    }

    public static List<CouncilMember> former(long councilId) {
        return list("councilId = ?1 and leftOn is not null order by leftOn desc, id desc", councilId);
    }

    public static Optional<CouncilMember> currentOf(long councilId, long accountId) {
        return find("councilId = ?1 and accountId = ?2 and leftOn is null", councilId, accountId).firstResultOptional();
    }

    public static Optional<CouncilMember> currentChair(long councilId) {
        return find("councilId = ?1 and chair = true and leftOn is null", councilId).firstResultOptional();
    }
}
