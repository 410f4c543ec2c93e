package cn.shangliang.community;

import cn.shangliang.identity.Scope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 社区: an urban community served by one residents' committee. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long subdistrictId;
    @Column(nullable = false) public String name;
    public String address;
    @Version public long version;

    public Scope scope() {
        return new Scope(subdistrictId, id, null);
    }
}
