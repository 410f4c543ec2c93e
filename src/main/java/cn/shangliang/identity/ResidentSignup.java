package cn.shangliang.identity;

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

/** A resident's own sign-up, pending until staff match it to the community's resident record. */
@Entity
@Table(name = "resident_signup")
public class ResidentSignup extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public String name;
    @Column(nullable = false) public String phone;
    @Column(nullable = false) public String building;
    @Column(nullable = false) public String room;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Status status;
    public String reason;
    public Long residentId;
    public String decidedBy;
    public Instant decidedAt;
    @Column(nullable = false) public Instant createdAt;
    @Version public long version;

    public static Optional<ResidentSignup> ofAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
