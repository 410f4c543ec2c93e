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

import java.util.List;

/** How one member voted in a roll-call vote. */
@Entity
@Table(name = "resolution_vote")
public class ResolutionVote extends PanacheEntityBase {

    public enum Choice { AGREE, OPPOSE, ABSTAIN }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long resolutionId;
    @Column(nullable = false) public Long memberId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Choice choice;

    public static List<ResolutionVote> ofResolution(long resolutionId) {
        return list("resolutionId = ?1 order by id", resolutionId);
    }
}
