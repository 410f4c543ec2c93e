package cn.shangliang.community;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 户: a household of the community, living in a unit when known. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    public Long unitId;
    @Column(nullable = false) public String name;
}
