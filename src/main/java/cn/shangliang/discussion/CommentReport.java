package cn.shangliang.discussion;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One resident's report of a comment (once per resident and comment). */
@Entity
@Table(name = "comment_report")
public class CommentReport extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long commentId;
    @Column(nullable = false) public Long reporterId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ReportReason reason;
    @Column(nullable = false) public Instant createdAt;
    @Version public long version;
}
