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

    @Id
    @Column(name = "decision_id")
    public Long decisionId;

    @Column(name = "merkle_root", nullable = false)
    public String merkleRoot;

    @Column(name = "leaf_count", nullable = false)
    public int leafCount;

    /** The leaf hashes, sorted, one per line. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String leaves;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Version
    @Column(nullable = false)
    public long version;

    List<String> leafList() {
        return leaves.isEmpty() ? List.of() : List.of(leaves.split("\n"));
    }
}
