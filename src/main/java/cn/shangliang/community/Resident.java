package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Optional;

/** 居民: a person living in the community, linked to an account when they have one. */
@Entity
@Table(name = "resident")
public class Resident extends VersionedEntity {

    @Column(name = "community_id", nullable = false)
    public Long communityId;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "account_id")
    public Long accountId;

    @Column(nullable = false)
    public String name;

    public String phone;

    public static Optional<Resident> ofAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
