package cn.shangliang.community;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Social organizations, local units, the owners' committee and the property company. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    public Long estateId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public OrganizationKind kind;
    @Column(nullable = false) public String name;
}
