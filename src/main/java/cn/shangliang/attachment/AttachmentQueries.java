package cn.shangliang.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.web.DomainException;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * An item's attachments for the {@code tags/attachments} component, embedded with one line:
 * {@code {#attachments list=inject:attachments.of('PROPOSAL', p.id) /}}. Who may see them is who may see the item.
 */
@Named("attachments")
@RequestScoped
public class AttachmentQueries {

    @Inject
    Items items;

    @Inject
    BlobStore store;

    @TemplateData
    public record AttachmentView(long id, String mediaType, boolean image, boolean hasThumb, String caption, long sizeBytes,
                                 Integer width, Integer height, Instant createdAt) {
        public long sizeKb() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    @TemplateData
    public record AttachmentList(ItemKind kind, long subjectId, List<AttachmentView> attachments, boolean canAttach) {
    }

    /** The bytes of an attachment (or its thumbnail) with their type, for a visitor who may see its item. */
    public record File(Attachment attachment, byte[] bytes, String mediaType) {
    }

    public AttachmentList of(String kind, long subjectId) {
        return of(ItemKind.valueOf(kind), subjectId);
    }

    @Transactional
    public AttachmentList of(ItemKind kind, long subjectId) {
        items.visible(kind, subjectId);
        List<AttachmentView> list = Attachment.<Attachment>find("subjectKind = ?1 and subjectId = ?2 order by createdAt, id",
                kind, subjectId).list().stream().map(AttachmentQueries::view).toList();
        return new AttachmentList(kind, subjectId, list, items.source(kind).mayAttach(subjectId));
    }

    static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id, a.mediaType, a.mediaType.startsWith("image/"), a.thumbHash != null, a.caption,
                a.sizeBytes, a.width, a.height, a.createdAt);
    }

    @Transactional
    public File file(long id, boolean thumb) {
        Attachment a = Attachment.findById(id);
        if (a == null || items.find(a.subjectKind, a.subjectId).isEmpty()) {
            throw DomainException.notFound("not-found.attachment");
        }
        String key = thumb && a.thumbHash != null ? a.thumbHash : a.contentHash;
        Optional<byte[]> bytes = store.get(key);
        return new File(a, bytes.orElseThrow(() -> DomainException.notFound("not-found.attachment")), a.mediaType);
    }
}
