package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 楼栋. */
@Entity
@Table(name = "building")
public class Building extends VersionedEntity {

    @Column(name = "estate_id", nullable = false)
    public Long estateId;

    @Column(nullable = false)
    public String name;
}
