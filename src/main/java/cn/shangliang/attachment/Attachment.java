package cn.shangliang.attachment;

import cn.shangliang.common.item.OnItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 附件: a photo or PDF on one item; its bytes are in the {@link BlobStore} under {@code contentHash}. */
@Entity
@Table(name = "attachment")
public class Attachment extends OnItem {

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
}
