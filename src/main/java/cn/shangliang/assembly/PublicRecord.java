package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** The Merkle root and leaves published with a decision's result; rewritten only by a recount of a provisional one. */
@Entity
@Table(name = "assembly_public_record")
public class PublicRecord extends PanacheEntityBase {

    @Id public Long decisionId;
    @Column(nullable = false) public String merkleRoot;
    public int leafCount;

    /** The leaf hashes, sorted, one per line. */
    @Column(nullable = false) public String leaves;
    @Column(nullable = false) public Instant computedAt;
    @Version public long version;

    List<String> leafList() {
        return leaves.isEmpty() ? List.of() : List.of(leaves.split("\n"));
    }
}
