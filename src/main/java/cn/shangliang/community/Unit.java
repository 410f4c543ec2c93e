package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** 专有部分: an exclusively owned part with its exact area in m². */
@Entity
@Table(name = "unit")
public class Unit extends VersionedEntity {

    @Column(name = "estate_id", nullable = false)
    public Long estateId;

    @Column(name = "building_id", nullable = false)
    public Long buildingId;

    @Column(nullable = false)
    public String number;

    @Column(name = "area_m2", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaM2;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_source", nullable = false)
    public AreaSource areaSource;

    @Column(nullable = false)
    public boolean parking;

    /** Whether the unit has been delivered to its buyer; the developer holds undelivered units. */
    @Column(nullable = false)
    public boolean delivered = true;
}
