package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An owner's share of a unit; of a co-owned unit's owners exactly one is the designated voter. */
@Entity
@Table(name = "ownership")
public class Ownership extends VersionedEntity {

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "designated_voter", nullable = false)
    public boolean designatedVoter = true;
}
