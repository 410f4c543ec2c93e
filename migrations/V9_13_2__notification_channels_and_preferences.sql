-- Notifications (issue 13), second step: what a notification says (its text arguments and the page it points
-- to, rendered in the recipient's language at send time), the community it belongs to (for the SMS cost cap and
-- staff views), the provider's reference of a send, and each person's choices.
ALTER TABLE notification
    ADD COLUMN community_id BIGINT        NULL,
    ADD COLUMN link         VARCHAR(300)  NULL,
    ADD COLUMN args         VARCHAR(1000) NULL,
    ADD KEY ix_notification_subject (subject_type, subject_id),
    ADD KEY ix_notification_kind_day (kind, created_at);

ALTER TABLE delivery
    ADD COLUMN provider_ref VARCHAR(100) NULL;

-- One row per person who changed anything; absent means the defaults (Chinese, no e-mail, config quiet hours).
CREATE TABLE notification_setting (
    recipient_type VARCHAR(20)  NOT NULL,
    recipient_id   BIGINT       NOT NULL,
    language       VARCHAR(5)   NOT NULL DEFAULT 'zh',
    email          VARCHAR(200) NULL,
    quiet_from     INT          NOT NULL,
    quiet_until    INT          NOT NULL,
    wechat_openid  VARCHAR(64)  NULL,
    wechat_bound_at DATETIME(6) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (recipient_type, recipient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A channel a person switched off for one kind of message (absent: on).
CREATE TABLE notification_opt_out (
    recipient_type VARCHAR(20) NOT NULL,
    recipient_id   BIGINT      NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    PRIMARY KEY (recipient_type, recipient_id, kind, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Texts sent per community per month, counted under a row lock so the cap holds on two instances.
CREATE TABLE sms_month (
    community_id BIGINT      NOT NULL,
    month        CHAR(7)     NOT NULL,
    sent         INT         NOT NULL DEFAULT 0,
    cost_fen     BIGINT      NOT NULL DEFAULT 0,
    warned_at    DATETIME(6) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Once-only timed events (voting open, reminder before close): the key is inserted in the transaction that
-- queues the notifications, so two instances or two runs never queue them twice.
CREATE TABLE notification_trigger (
    event_key VARCHAR(120) NOT NULL PRIMARY KEY,
    fired_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
