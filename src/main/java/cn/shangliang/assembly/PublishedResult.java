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

    @Version public long version;
    @Id public Long decisionId;
    @Column(nullable = false) public Instant computedAt;
    public boolean provisional;
    public boolean passed;
    @Column(nullable = false) public String resultJson;

    /** 1 for the result published at the close; each recount that changed it adds one. */
    public int revision = 1;

    /** The notice the current revision was published with; a correction supersedes it. */
    public Long noticeId;
}
