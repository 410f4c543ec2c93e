package cn.shangliang.community;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An owner's share of a unit; of a co-owned unit's owners exactly one is the designated voter. */
@Entity
@Table(name = "ownership")
public class Ownership extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long unitId;
    @Column(nullable = false) public Long ownerId;
    public boolean designatedVoter = true;
}
