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

/** 小区: a property-management area, the scope of one owners' assembly. */
@Entity
@Table(name = "estate")
public class Estate extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public String name;
    public String address;

    /** Estate rule: whether parking spaces count toward voting area (DOMAIN.md §1, default no). */
    public boolean parkingCounts;

    /** Notice period before an owners' vote opens, in days (never below the legal minimum of 15). */
    public int noticeDays = 15;

    /** The clause of the estate's rules that makes parking spaces count toward voting area (DOMAIN.md §1). */
    public String parkingCitation;

    /** Whether the estate's rules say owners who were delivered a ballot and stayed silent follow the majority. */
    public boolean silentClause;

    /** The clause of the estate's rules holding the silent-owners clause; required when it is on. */
    public String silentCitation;
    @Version public long version;

    public Scope scope() {
        Community community = Community.findById(communityId);
        return new Scope(community.subdistrictId, communityId, id);
    }
}
