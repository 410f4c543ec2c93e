package cn.shangliang.attachment;

import java.time.Instant;

import cn.shangliang.common.item.ItemKind;
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

/** 附件: a photo or PDF on one item; its bytes are in the {@link BlobStore} under {@code contentHash}. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public ItemKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    public Long subjectId;

    @Column(name = "community_id", nullable = false)
    public Long communityId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "thumb_hash")
    public String thumbHash;

    public Integer width;

    public Integer height;

    public String caption;

    @Column(name = "uploaded_by", nullable = false)
    public Long uploadedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
