-- Owner cards (业主一卡通): one card binds one owner-identity in one estate; number + PIN (bcrypt only).
-- A card is "live" until it is revoked or replaced; live_owner_id makes "one live card per owner" a unique key
-- (MariaDB has no partial unique index), so concurrent issuing can never give an owner two working cards.
CREATE TABLE owner_card (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number              CHAR(12)     NOT NULL,
    estate_id           BIGINT       NOT NULL,
    owner_id            BIGINT       NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    pin_hash            VARCHAR(100) NOT NULL,
    pin_change_required BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts     INT          NOT NULL DEFAULT 0,
    issued_at           DATETIME(6)  NOT NULL,
    issued_by           VARCHAR(120) NOT NULL,
    ended_at            DATETIME(6)  NULL,
    replaces_card_id    BIGINT       NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    live_owner_id       BIGINT AS (CASE WHEN status IN ('ACTIVE', 'LOCKED', 'LOST') THEN owner_id END) STORED,
    UNIQUE KEY uk_owner_card_number (number),
    UNIQUE KEY uk_owner_card_live_owner (live_owner_id),
    KEY ix_owner_card_estate (estate_id, status),
    CONSTRAINT fk_owner_card_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT fk_owner_card_owner FOREIGN KEY (owner_id) REFERENCES owner (id),
    CONSTRAINT fk_owner_card_replaces FOREIGN KEY (replaces_card_id) REFERENCES owner_card (id),
    CONSTRAINT ck_owner_card_status CHECK (status IN ('ACTIVE', 'LOCKED', 'LOST', 'REVOKED', 'REPLACED')),
    CONSTRAINT ck_owner_card_attempts CHECK (failed_attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
