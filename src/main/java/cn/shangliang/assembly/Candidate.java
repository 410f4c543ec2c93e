package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** A candidate in an owners' committee election, in ballot order. */
@Entity
@Table(name = "assembly_candidate")
public class Candidate extends DecisionRow {

    public int position;
    @Column(nullable = false) public String name;

    public static List<Candidate> of(long decisionId) {
        return list("decisionId = ?1 order by position", decisionId);
    }
}
