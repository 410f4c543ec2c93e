package cn.shangliang.assembly;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The result as published when the decision closed, kept unchanged for anyone who challenges it. */
@Entity
@Table(name = "assembly_result")
public class PublishedResult extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Id
    @Column(name = "decision_id")
    public Long decisionId;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(nullable = false)
    public boolean provisional;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "result_json", nullable = false, columnDefinition = "LONGTEXT")
    public String resultJson;

    /** 1 for the result published at the close; each recount that changed it adds one. */
    @Column(nullable = false)
    public int revision = 1;

    /** The notice the current revision was published with; a correction supersedes it. */
    @Column(name = "notice_id")
    public Long noticeId;
}
