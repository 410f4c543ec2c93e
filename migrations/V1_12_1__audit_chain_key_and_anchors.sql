-- The chain is keyed (HMAC with a key kept outside the database) from keyed_from_seq on; entries sealed before
-- this migration keep their plain SHA-256 links and stay verifiable.
ALTER TABLE audit_chain_head ADD COLUMN keyed_from_seq BIGINT NOT NULL DEFAULT 1;
UPDATE audit_chain_head SET keyed_from_seq = last_seq + 1;

-- Chain heads published on the public notice board (daily and with every assembly result). The verifier checks
-- the chain against each one; copies of the notices kept outside the system catch a rewrite of this table too.
CREATE TABLE audit_anchor (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seq          BIGINT      NOT NULL,
    hash         CHAR(64)    NOT NULL,
    published_at DATETIME(6) NOT NULL,
    notice_id    BIGINT      NULL,
    reason       VARCHAR(40) NOT NULL,
    KEY ix_audit_anchor_seq (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
