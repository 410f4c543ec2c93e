-- A proxy mandate or paper sheet recorded by staff for an owner who already has an online ballot. A proxy record
-- counts only once a second staff account confirmed it (a paper sheet's double entry is that confirmation); the
-- owner is told on their home page and may confirm or reject it until the close (ballot-privacy.md).
CREATE TABLE assembly_staff_record_check (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id  BIGINT       NOT NULL,
    voter_key    VARCHAR(200) NOT NULL,
    channel      VARCHAR(10)  NOT NULL,
    record_ref   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    confirmed_by VARCHAR(60)  NULL,
    confirmed_at DATETIME(6)  NULL,
    owner_answer VARCHAR(10)  NULL,
    answered_at  DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_assembly_staff_record_check (decision_id, channel, record_ref),
    KEY ix_assembly_staff_record_check_voter (decision_id, voter_key),
    CONSTRAINT fk_assembly_staff_record_check_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id),
    CONSTRAINT ck_assembly_staff_record_check_channel CHECK (channel IN ('PROXY', 'PAPER')),
    CONSTRAINT ck_assembly_staff_record_check_answer CHECK (owner_answer IS NULL OR owner_answer IN ('CONFIRMED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
