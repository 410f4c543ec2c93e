package cn.shangliang.community;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 业主: an owner-identity within one estate. The identity number is never stored: only a salted hash (to
 * recognise the same owner on re-import) and a masked form such as 4403**********1234.
 */
@Entity
@Table(name = "owner")
public class Owner extends VersionedEntity {

    @Column(name = "estate_id", nullable = false)
    public Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OwnerKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "id_hash", nullable = false)
    public String idHash;

    @Column(name = "id_masked", nullable = false)
    public String idMasked;

    public String phone;
}
