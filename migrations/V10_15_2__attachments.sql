-- Attachments (issue 15): photos and PDFs on items of several features, keyed by the item's kind and id. The
-- bytes live in a BlobStore (the data folder or S3-compatible storage), named by their SHA-256.
CREATE TABLE attachment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_kind      VARCHAR(30)   NOT NULL,
    subject_id        BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    media_type        VARCHAR(60)   NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    thumb_hash        CHAR(64)      NULL,
    width             INT           NULL,
    height            INT           NULL,
    caption           VARCHAR(200)  NULL,
    uploaded_by       BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    KEY ix_attachment_subject (subject_kind, subject_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
