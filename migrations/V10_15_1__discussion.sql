-- Discussion (issue 15, docs/rules/discussion.md): one comment table for every kind of item, keyed by the item's
-- kind and id; reports; per-community settings; and one row per commenter in a community that holds a block and
-- serialises that person's posts (the rate limit is counted from the comment table, so it holds on every instance).
CREATE TABLE comment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_kind      VARCHAR(30)   NOT NULL,
    subject_id        BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    parent_id         BIGINT        NULL,
    author_account_id BIGINT        NOT NULL,
    author_mark       VARCHAR(20)   NULL,
    stance            VARCHAR(20)   NULL,
    official          BOOLEAN       NOT NULL DEFAULT FALSE,
    body              TEXT          NOT NULL,
    -- NFKC + lower case of the body, binary-collated, for search (docs/benchmarks.md)
    search_text       TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    hidden_reason     VARCHAR(300)  NULL,
    report_count      INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    edited_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    KEY ix_comment_subject (subject_kind, subject_id, created_at),
    KEY ix_comment_author (author_account_id, created_at),
    KEY ix_comment_review (community_id, status),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id  BIGINT       NOT NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_comment_report (comment_id, reporter_id),
    CONSTRAINT fk_comment_report_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commenter (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    blocked_until DATETIME(6)   NULL,
    block_reason  VARCHAR(300)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_commenter (community_id, account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_setting (
    community_id BIGINT       NOT NULL PRIMARY KEY,
    display_name VARCHAR(30)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
