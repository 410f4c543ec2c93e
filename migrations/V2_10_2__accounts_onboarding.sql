-- Accounts made through the product (docs/rules/accounts.md): where an account belongs (its home community, or
-- only its subdistrict for subdistrict staff), who made it, when it last logged in; who granted each role.
ALTER TABLE account
    ADD COLUMN home_subdistrict_id BIGINT      NULL,
    ADD COLUMN home_community_id   BIGINT      NULL,
    ADD COLUMN created_by          VARCHAR(40) NULL,
    ADD COLUMN last_login_at       DATETIME(6) NULL,
    ADD KEY ix_account_home_community (home_community_id),
    ADD KEY ix_account_home_subdistrict (home_subdistrict_id);

ALTER TABLE role_grant
    ADD COLUMN granted_by VARCHAR(40) NULL,
    ADD KEY ix_role_grant_scope (scope_type, scope_id, role);

-- A one-time code that lets a new (or reset) account choose its password. Only a SHA-256 of the code is kept:
-- the code has 60 random bits and is useless after its first use or its expiry.
CREATE TABLE activation_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    created_by VARCHAR(40)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_activation_code_hash (code_hash),
    KEY ix_activation_code_account (account_id),
    CONSTRAINT fk_activation_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident's own sign-up: pending until staff match it to the community's resident record (实名).
CREATE TABLE resident_signup (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    phone        VARCHAR(20)  NOT NULL,
    building     VARCHAR(60)  NOT NULL,
    room         VARCHAR(30)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NULL,
    resident_id  BIGINT       NULL,
    decided_by   VARCHAR(40)  NULL,
    decided_at   DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_resident_signup_account (account_id),
    KEY ix_resident_signup_community (community_id, status),
    CONSTRAINT fk_resident_signup_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first-run setup (docs/operations.md): one row, locked while setup runs; the token is kept only as SHA-256.
CREATE TABLE setup_state (
    id           INT          NOT NULL PRIMARY KEY,
    token_hash   CHAR(64)     NULL,
    created_at   DATETIME(6)  NULL,
    completed_at DATETIME(6)  NULL,
    completed_by VARCHAR(40)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO setup_state (id, version) VALUES (1, 0);
