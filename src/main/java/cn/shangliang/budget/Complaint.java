package cn.shangliang.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** 监督: a complaint about a project at any stage, answered by a supervisor. */
@Entity
@Table(name = "budget_complaint")
public class Complaint extends AnsweredText {

    @Column(nullable = false) public Long projectId;

    /** The audit name of who filed it ({@code account:12}, {@code card:3}). */
    @Column(nullable = false) public String author;

    public static List<Complaint> ofProject(long projectId) {
        return list("projectId = ?1 order by id", projectId);
    }
}
