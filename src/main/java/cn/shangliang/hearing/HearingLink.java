package cn.shangliang.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A reference from a hearing to what it informs, or to the decision its report informed. */
@Entity
@Table(name = "hearing_link")
public class HearingLink extends PanacheEntityBase {

    public enum Purpose { MATTER, DECISION }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long hearingId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Purpose purpose;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public LinkType refType;
    public Long refId;
    @Column(nullable = false) public String title;
    public String url;

    public static List<HearingLink> of(long hearingId, Purpose purpose) {
        return list("hearingId = ?1 and purpose = ?2 order by id", hearingId, purpose);
    }
}
