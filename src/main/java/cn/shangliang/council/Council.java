package cn.shangliang.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;

/** 居民议事会: one per community. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public String name;

    /** The cadence's grace period starts here. */
    @Column(nullable = false) public LocalDate createdOn;
    @Version public long version;

    public static Optional<Council> ofCommunity(long communityId) {
        return find("communityId", communityId).firstResultOptional();
    }
}
