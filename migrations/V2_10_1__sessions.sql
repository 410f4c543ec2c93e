-- A server-side record of every login (account or owner card). The token names its session (claim "sid"); each
-- request reads this row by primary key, so logout, disabling an account, revoking a grant or resetting a password
-- ends the session on every instance at once, and the idle timeout is enforced here, not in the token.
CREATE TABLE auth_session (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject      VARCHAR(40) NOT NULL,
    account_id   BIGINT      NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    ended_at     DATETIME(6) NULL,
    end_reason   VARCHAR(20) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    KEY ix_auth_session_account (account_id, ended_at),
    KEY ix_auth_session_subject (subject, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
