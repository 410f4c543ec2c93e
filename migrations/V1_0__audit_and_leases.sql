-- Append-only audit log. Writers only INSERT (no lock, no read of the previous entry); a sealer assigns
-- seq and the hash chain shortly after commit, holding the single chain-head row.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(80)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(60)  NOT NULL,
    summary     TEXT         NOT NULL,
    seq         BIGINT       NULL,
    prev_hash   CHAR(64)     NULL,
    hash        CHAR(64)     NULL,
    UNIQUE KEY uk_audit_seq (seq),
    KEY ix_audit_unsealed (seq, id),
    KEY ix_audit_entity (entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

-- One row per scheduled job: the instance holding an unexpired lease runs it.
CREATE TABLE job_lease (
    name       VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(120) NULL,
    expires_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
