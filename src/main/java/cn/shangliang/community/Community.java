package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;
import cn.shangliang.identity.Scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 社区: an urban community served by one residents' committee. */
@Entity
@Table(name = "community")
public class Community extends VersionedEntity {

    @Column(name = "subdistrict_id", nullable = false)
    public Long subdistrictId;

    @Column(nullable = false)
    public String name;

    public String address;

    public Scope scope() {
        return new Scope(subdistrictId, id, null);
    }
}
