-- The public notice board (公示栏): what every feature publishes for residents and the public.
CREATE TABLE notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NULL,
    estate_id    BIGINT       NULL,
    category     VARCHAR(30)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    source_type  VARCHAR(40)  NULL,
    source_id    BIGINT       NULL,
    link         VARCHAR(300) NULL,
    published_at DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NULL,
    published_by VARCHAR(120) NOT NULL,
    KEY ix_notice_published (published_at),
    KEY ix_notice_community (community_id, published_at),
    KEY ix_notice_source (source_type, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
