package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 满意度评价: one resident's 1–5 rating of a completed project (one per resident, by a unique key). */
@Entity
@Table(name = "budget_rating")
public class Rating extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long projectId;
    @Column(nullable = false) public Long accountId;
    public int stars;
    public String comment;
    @Column(nullable = false) public Instant ratedAt;
}
