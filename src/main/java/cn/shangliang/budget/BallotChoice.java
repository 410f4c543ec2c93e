package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project on a ballot: points 1 for an approval, 0..max for a score. */
@Entity
@Table(name = "budget_ballot_choice")
public class BallotChoice extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long ballotId;
    @Column(nullable = false) public Long projectId;
    public int points;
}
