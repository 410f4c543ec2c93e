package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row about one voter of one decision, named by the voter's key on the decision's roster snapshot ("o12" an
 * owner, "u7" a co-owned unit), never by the owner's name (ballot-privacy.md).
 */
@MappedSuperclass
public abstract class VoterRow extends DecisionRow {

    @Column(nullable = false) public String voterKey;
}
