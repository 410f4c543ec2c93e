package cn.shangliang.community;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Optional;

/** 居民: a person living in the community, linked to an account when they have one. */
@Entity
@Table(name = "resident")
public class Resident extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    public Long householdId;
    public Long accountId;
    @Column(nullable = false) public String name;
    public String phone;
    @Version public long version;

    public static Optional<Resident> ofAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
