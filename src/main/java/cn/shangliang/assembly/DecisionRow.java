package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one decision: its own id and the decision's (every table of a vote's records). */
@MappedSuperclass
public abstract class DecisionRow extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long decisionId;
}
