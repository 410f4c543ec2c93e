package cn.shangliang.community;

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

import java.math.BigDecimal;

/** 专有部分: an exclusively owned part with its exact area in m². */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long estateId;
    @Column(nullable = false) public Long buildingId;
    @Column(nullable = false) public String number;
    @Column(nullable = false) public BigDecimal areaM2;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public AreaSource areaSource;
    public boolean parking;

    /** Whether the unit has been delivered to its buyer; the developer holds undelivered units. */
    public boolean delivered = true;
    @Version public long version;
}
