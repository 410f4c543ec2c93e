package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 户: a household of the community, living in a unit when known. */
@Entity
@Table(name = "household")
public class Household extends VersionedEntity {

    @Column(name = "community_id", nullable = false)
    public Long communityId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(nullable = false)
    public String name;
}
