package cn.shangliang.discussion;

import cn.shangliang.common.db.IdentityEntity;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One resident's report of a comment (once per resident and comment). */
@Entity
@Table(name = "comment_report")
public class CommentReport extends IdentityEntity {

    @Column(name = "comment_id", nullable = false)
    public Long commentId;

    @Column(name = "reporter_id", nullable = false)
    public Long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportReason reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
