package cn.shangliang.attachment;

import java.time.Clock;
import java.util.HexFormat;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adding attachments. Checks come before storing (who, how big, what it really is); the bytes are stored under
 * their hash before the row is written, so a row never points at nothing (an orphan blob after a rollback is
 * harmless: the same upload later finds it already there).
 */
@ApplicationScoped
public class AttachmentService {

    @Inject
    Items items;

    @Inject
    CurrentUser currentUser;

    @Inject
    BlobStore store;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentConfig config;

    @Inject
    Clock clock;

    /** The fields of an upload besides the file itself. */
    public record UploadForm(@NotNull(message = "attachment.subject") ItemKind kind,
                             @NotNull(message = "attachment.subject") Long subjectId,
                             @Size(max = 200, message = "attachment.caption") String caption) {
    }

    @Transactional
    public long upload(@Valid @NotNull UploadForm form, byte[] bytes) {
        Item item = items.visible(form.kind(), form.subjectId());
        if (!items.source(form.kind()).mayAttach(item.id())) {
            throw DomainException.forbidden("attachment.not-allowed");
        }
        if (bytes == null || bytes.length == 0) {
            throw DomainException.badInput("attachment.empty");
        }
        if (bytes.length > config.maxBytes()) {
            throw tooLarge(config.maxBytes());
        }
        FileContent.Stored stored = FileContent.check(bytes, config.maxPixels());
        String hash = HexFormat.of().formatHex(S3BlobStore.sha256(stored.bytes()));
        store.put(hash, stored.bytes(), stored.mediaType());
        String thumbHash = null;
        if (stored.thumb() != null) {
            thumbHash = HexFormat.of().formatHex(S3BlobStore.sha256(stored.thumb()));
            store.put(thumbHash, stored.thumb(), stored.mediaType());
        }
        Attachment a = new Attachment();
        a.on(item, clock.instant());
        a.mediaType = stored.mediaType();
        a.contentHash = hash;
        a.sizeBytes = stored.bytes().length;
        a.thumbHash = thumbHash;
        a.width = stored.width();
        a.height = stored.height();
        a.caption = form.caption() == null || form.caption().isBlank() ? null : form.caption().strip();
        a.uploadedBy = currentUser.requireAccountId();
        a.persist();
        audit.record(currentUser.auditName(), "attachment.add", "attachment", a.id,
                item.kind() + "#" + item.id() + " " + a.mediaType + " sha256:" + hash);
        return a.id;
    }

    public static DomainException tooLarge(long maxBytes) {
        return DomainException.of(413, "attachment.too-large", maxBytes / (1024 * 1024));
    }
}
