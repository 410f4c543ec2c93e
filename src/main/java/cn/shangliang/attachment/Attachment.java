package cn.shangliang.attachment;

import cn.shangliang.common.item.OnItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 附件: a photo or PDF on one item; its bytes are in the {@link BlobStore} under {@code contentHash}. */
@Entity
@Table(name = "attachment")
public class Attachment extends OnItem {

    @Column(nullable = false) public String mediaType;
    @Column(nullable = false) public String contentHash;
    public long sizeBytes;
    public String thumbHash;
    public Integer width;
    public Integer height;
    public String caption;
    @Column(nullable = false) public Long uploadedBy;
}
