package cn.shangliang.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A chain head as it was published on the notice board; written once. */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchor extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    public long seq;
    @Column(nullable = false) public String hash;
    @Column(nullable = false) public Instant publishedAt;
    public Long noticeId;

    /** Why it was published: "daily" or the source of the publication (e.g. "assembly_result"). */
    @Column(nullable = false) public String reason;
}
