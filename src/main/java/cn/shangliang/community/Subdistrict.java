package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 街道: the street office overseeing several communities. */
@Entity
@Table(name = "subdistrict")
public class Subdistrict extends VersionedEntity {

    @Column(nullable = false)
    public String name;
}
