-- Notifications at scale (issue 17): a notice to every owner of an estate writes its notification rows (the inbox
-- entries) in the publishing transaction and one fan-out row here; the delivery worker then creates the deliveries
-- (in-app, e-mail, SMS, WeChat) after the commit, in batches of notifications in id order. A batch moves
-- after_notification_id in the same transaction as its delivery rows, under this row's lock, so a crash between
-- batches loses nothing and two workers never share a batch; uk_delivery_channel (notification, channel) makes a
-- repeated batch write nothing twice.
CREATE TABLE notification_fan_out (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(40)  NOT NULL,
    subject_type          VARCHAR(60)  NOT NULL,
    subject_id            VARCHAR(60)  NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    channels              VARCHAR(100) NOT NULL,
    after_notification_id BIGINT       NOT NULL,
    done_at               DATETIME(6)  NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    KEY ix_notification_fan_out_open (done_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
