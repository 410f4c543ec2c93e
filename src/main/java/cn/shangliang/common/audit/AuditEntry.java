package cn.shangliang.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audit log entry. Written once; only the sealer fills in seq and the hashes. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Instant occurredAt;
    @Column(nullable = false) public String actor;
    @Column(nullable = false) public String action;
    @Column(nullable = false) public String entityType;
    @Column(nullable = false) public String entityId;
    @Column(nullable = false) public String summary;
    public Long seq;
    public String prevHash;
    public String hash;
}
