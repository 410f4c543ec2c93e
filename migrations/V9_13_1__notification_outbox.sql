-- Notifications (issue 13): one row per thing a person should hear about, written in the same transaction as
-- the change it reports (transactional outbox); one delivery row per channel, sent later by one worker.
CREATE TABLE notification (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    recipient_type VARCHAR(20)  NOT NULL,
    recipient_id   BIGINT       NOT NULL,
    subject_type   VARCHAR(60)  NOT NULL,
    subject_id     VARCHAR(60)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    read_at        DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    KEY ix_notification_recipient (recipient_type, recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id BIGINT       NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    idempotency_key CHAR(36)     NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    last_error      VARCHAR(300) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_delivery_idempotency (idempotency_key),
    UNIQUE KEY uk_delivery_channel (notification_id, channel),
    KEY ix_delivery_due (state, next_attempt_at),
    CONSTRAINT fk_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
