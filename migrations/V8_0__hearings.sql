-- Hearings (听证会): the announcement with its dates, seat plan and quota rules; the seed is stored once it is
-- published, so the draw can be redone from what is on the board.
CREATE TABLE hearing (
    id                               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id                     BIGINT       NOT NULL,
    title                            VARCHAR(200) NOT NULL,
    matter                           TEXT         NOT NULL,
    draft                            TEXT         NOT NULL,
    explanation                      TEXT         NOT NULL,
    sponsor                          VARCHAR(120) NOT NULL,
    presiding_officer                VARCHAR(60)  NOT NULL,
    recorder                         VARCHAR(60)  NOT NULL,
    place                            VARCHAR(200) NOT NULL,
    hearing_date                     DATE         NOT NULL,
    starts_at                        TIME         NOT NULL,
    registration_opens               DATE         NOT NULL,
    registration_closes              DATE         NOT NULL,
    participants_fixed_on            DATE         NOT NULL,
    selection_method                 TEXT         NOT NULL,
    seed_source                      VARCHAR(300) NOT NULL,
    seed                             VARCHAR(200) NULL,
    seed_published_at                DATETIME(6)  NULL,
    seats_stakeholder                INT          NOT NULL,
    seats_ordinary_resident          INT          NOT NULL,
    seats_expert                     INT          NOT NULL,
    seats_deputy                     INT          NOT NULL,
    seats_organization               INT          NOT NULL,
    min_representatives              INT          NOT NULL,
    representative_share             VARCHAR(20)  NOT NULL,
    stakeholders_outnumber_residents BOOLEAN      NOT NULL,
    materials_days                   INT          NOT NULL,
    attendance_share                 VARCHAR(20)  NOT NULL,
    observer_capacity                INT          NOT NULL,
    observers                        INT          NOT NULL DEFAULT 0,
    next_application_no              BIGINT       NOT NULL DEFAULT 1,
    next_statement_no                INT          NOT NULL DEFAULT 1,
    status                           VARCHAR(30)  NOT NULL,
    cancel_reason                    TEXT         NULL,
    created_by                       VARCHAR(120) NOT NULL,
    created_at                       DATETIME(6)  NOT NULL,
    announced_at                     DATETIME(6)  NULL,
    version                          BIGINT       NOT NULL DEFAULT 0,
    KEY ix_hearing_community (community_id, status),
    CONSTRAINT fk_hearing_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT ck_hearing_observers CHECK (observers >= 0 AND observers <= observer_capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the hearing informs (MATTER) and the decision its report informed (DECISION). Proposals, council
-- resolutions, budget projects and owners' decisions live in other features, so the link is a plain
-- reference (type, id, title, url) with no foreign key.
CREATE TABLE hearing_link (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id BIGINT       NOT NULL,
    purpose    VARCHAR(12)  NOT NULL,
    ref_type   VARCHAR(30)  NOT NULL,
    ref_id     BIGINT       NULL,
    title      VARCHAR(200) NOT NULL,
    url        VARCHAR(300) NULL,
    KEY ix_hearing_link (hearing_id, purpose),
    CONSTRAINT fk_hearing_link_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id),
    CONSTRAINT ck_hearing_link_purpose CHECK (purpose IN ('MATTER', 'DECISION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One application per person and hearing: as representative (with a category) or as observer. The
-- application number is public and is what the lottery sorts by. Selected representatives later carry their
-- attendance and their sign-off of the record.
CREATE TABLE hearing_application (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id     BIGINT       NOT NULL,
    application_no BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    resident_id    BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    category       VARCHAR(30)  NULL,
    statement      VARCHAR(500) NULL,
    outcome        VARCHAR(20)  NOT NULL,
    draw_rank      INT          NULL,
    present        BOOLEAN      NOT NULL DEFAULT FALSE,
    sign_off       VARCHAR(30)  NULL,
    sign_off_note  TEXT         NULL,
    signed_at      DATETIME(6)  NULL,
    applied_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_hearing_application_person (hearing_id, account_id),
    UNIQUE KEY uk_hearing_application_no (hearing_id, application_no),
    KEY ix_hearing_application_account (account_id),
    CONSTRAINT fk_hearing_application_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id),
    CONSTRAINT fk_hearing_application_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT ck_hearing_application_kind CHECK (kind IN ('REPRESENTATIVE', 'OBSERVER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statements of the session in the order they were made: the body of the record (听证笔录).
CREATE TABLE hearing_statement (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id     BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    stage          VARCHAR(30)  NOT NULL,
    application_id BIGINT       NULL,
    speaker        VARCHAR(100) NOT NULL,
    position       VARCHAR(12)  NOT NULL,
    content        TEXT         NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    recorded_by    VARCHAR(120) NOT NULL,
    UNIQUE KEY uk_hearing_statement (hearing_id, seq),
    CONSTRAINT fk_hearing_statement_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id),
    CONSTRAINT fk_hearing_statement_application FOREIGN KEY (application_id) REFERENCES hearing_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sponsor's report (听证报告): the views for and against, which were adopted and why.
CREATE TABLE hearing_report (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id    BIGINT       NOT NULL,
    summary       TEXT         NOT NULL,
    views_for     TEXT         NOT NULL,
    views_against TEXT         NOT NULL,
    adopted       TEXT         NOT NULL,
    not_adopted   TEXT         NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    published_by  VARCHAR(120) NOT NULL,
    UNIQUE KEY uk_hearing_report (hearing_id),
    CONSTRAINT fk_hearing_report_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
