CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    phone         VARCHAR(20)  NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_account_username (username),
    UNIQUE KEY uk_account_phone (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role applies within a scope: a subdistrict, a community or an estate (a chair of one council is not a
-- chair elsewhere).
CREATE TABLE role_grant (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    scope_type VARCHAR(20) NOT NULL,
    scope_id   BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    UNIQUE KEY uk_role_grant (account_id, role, scope_type, scope_id),
    CONSTRAINT fk_role_grant_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
