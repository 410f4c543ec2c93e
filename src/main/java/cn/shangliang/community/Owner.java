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

/**
 * 业主: an owner-identity within one estate. The identity number is never stored: only a salted hash (to
 * recognise the same owner on re-import) and a masked form such as 4403**********1234.
 */
@Entity
@Table(name = "owner")
public class Owner extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long estateId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public OwnerKind kind;
    @Column(nullable = false) public String name;
    @Column(nullable = false) public String idHash;
    @Column(nullable = false) public String idMasked;
    public String phone;
    @Version public long version;
}
