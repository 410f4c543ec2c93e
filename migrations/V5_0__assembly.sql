-- Owners' assembly joint decisions (业主共同决定): the decision, its roster snapshot, every ballot in every
-- channel and the published result. Nothing that a tally depends on is ever updated in place except the
-- current-ballot row, whose every version is also appended to assembly_ballot_history.
CREATE TABLE assembly_decision (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id     BIGINT        NOT NULL,
    estate_id        BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    body             TEXT          NOT NULL,
    attachments      TEXT          NULL,
    matter_type      VARCHAR(30)   NOT NULL,
    seats            INT           NULL,
    status           VARCHAR(12)   NOT NULL,
    opens_at         DATETIME(6)   NOT NULL,
    closes_at        DATETIME(6)   NOT NULL,
    parking_counts   BOOLEAN       NOT NULL,
    proxy_cap        INT           NULL,
    silent_clause    BOOLEAN       NOT NULL DEFAULT FALSE,
    silent_citation  VARCHAR(300)  NULL,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    published_at     DATETIME(6)   NULL,
    closed_at        DATETIME(6)   NULL,
    cancel_reason    VARCHAR(500)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    KEY ix_assembly_decision_estate (estate_id, status),
    KEY ix_assembly_decision_closing (status, closes_at),
    CONSTRAINT fk_assembly_decision_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT ck_assembly_decision_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_assembly_decision_window CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Candidates of an owners' committee election, in ballot order.
CREATE TABLE assembly_candidate (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    UNIQUE KEY uk_assembly_candidate (decision_id, position),
    CONSTRAINT fk_assembly_candidate_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roster snapshot taken when the notice is published: one row per voter (one head). Later roster edits
-- never touch it, so an open decision's denominators never move. delegate_owner_id casts the voter's ballot
-- (NULL while co-owners have designated nobody). The row is also the per-voter lock of the ballot hot path.
CREATE TABLE assembly_roster_voter (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id       BIGINT       NOT NULL,
    voter_key         VARCHAR(200) NOT NULL,
    kind              VARCHAR(14)  NOT NULL,
    owner_ids         VARCHAR(500) NOT NULL,
    delegate_owner_id BIGINT       NULL,
    area_centi        BIGINT       NOT NULL,
    UNIQUE KEY uk_assembly_roster_voter (decision_id, voter_key),
    KEY ix_assembly_roster_delegate (decision_id, delegate_owner_id),
    CONSTRAINT fk_assembly_roster_voter_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every unit of the snapshot: the area picked (0.01 m²), its source, whether it counts, its building.
CREATE TABLE assembly_roster_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT       NOT NULL,
    voter_key   VARCHAR(200) NOT NULL,
    unit_id     BIGINT       NOT NULL,
    building    VARCHAR(60)  NOT NULL,
    area_centi  BIGINT       NOT NULL,
    area_source VARCHAR(12)  NOT NULL,
    area_counts BOOLEAN      NOT NULL,
    UNIQUE KEY uk_assembly_roster_unit (decision_id, unit_id),
    KEY ix_assembly_roster_unit_voter (decision_id, voter_key),
    CONSTRAINT fk_assembly_roster_unit_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one current online ballot per voter: UNIQUE (decision, voter) makes a second one impossible under any
-- race. choice is NULL after a withdrawal.
CREATE TABLE assembly_ballot (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id   BIGINT        NOT NULL,
    voter_key     VARCHAR(200)  NOT NULL,
    choice        VARCHAR(1000) NULL,
    receipt       CHAR(19)      NOT NULL,
    sequence      BIGINT        NOT NULL,
    first_cast_at DATETIME(6)   NOT NULL,
    cast_at       DATETIME(6)   NOT NULL,
    owner_id      BIGINT        NOT NULL,
    card_id       BIGINT        NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_assembly_ballot_voter (decision_id, voter_key),
    UNIQUE KEY uk_assembly_ballot_receipt (receipt),
    CONSTRAINT fk_assembly_ballot_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every online cast, change and withdrawal, append-only; its id is the ballot's sequence.
CREATE TABLE assembly_ballot_history (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT        NOT NULL,
    voter_key   VARCHAR(200)  NOT NULL,
    choice      VARCHAR(1000) NULL,
    receipt     CHAR(19)      NOT NULL,
    cast_at     DATETIME(6)   NOT NULL,
    owner_id    BIGINT        NOT NULL,
    card_id     BIGINT        NOT NULL,
    UNIQUE KEY uk_assembly_history_receipt (receipt),
    KEY ix_assembly_history_voter (decision_id, voter_key),
    CONSTRAINT fk_assembly_history_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written proxy mandates (委托书) registered by staff; proxy_key identifies the proxy person for the cap
-- (a hash of the identity number, never the number itself).
CREATE TABLE assembly_proxy_mandate (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id   BIGINT        NOT NULL,
    voter_key     VARCHAR(200)  NOT NULL,
    proxy_name    VARCHAR(100)  NOT NULL,
    proxy_key     CHAR(64)      NOT NULL,
    proxy_masked  VARCHAR(40)   NOT NULL,
    instruction   VARCHAR(1000) NULL,
    registered_at DATETIME(6)   NOT NULL,
    registered_by VARCHAR(60)   NOT NULL,
    KEY ix_assembly_mandate_decision (decision_id, proxy_key),
    CONSTRAINT fk_assembly_mandate_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ballots a proxy cast under a mandate (recorded by staff from the proxy's signed form), append-only.
CREATE TABLE assembly_proxy_ballot (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT        NOT NULL,
    mandate_id  BIGINT        NOT NULL,
    choice      VARCHAR(1000) NOT NULL,
    receipt     CHAR(19)      NOT NULL,
    cast_at     DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(60)   NOT NULL,
    UNIQUE KEY uk_assembly_proxy_receipt (receipt),
    KEY ix_assembly_proxy_ballot_decision (decision_id),
    CONSTRAINT fk_assembly_proxy_ballot_mandate FOREIGN KEY (mandate_id) REFERENCES assembly_proxy_mandate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff entries of signed paper ballots; each sheet is entered twice by two staff accounts. A wrong entry is
-- voided (with who and why), never deleted.
CREATE TABLE assembly_paper_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id   BIGINT        NOT NULL,
    sheet_no      VARCHAR(40)   NOT NULL,
    voter_key     VARCHAR(200)  NOT NULL,
    choice        VARCHAR(1000) NOT NULL,
    staff_account VARCHAR(60)   NOT NULL,
    entered_at    DATETIME(6)   NOT NULL,
    voided_at     DATETIME(6)   NULL,
    voided_by     VARCHAR(60)   NULL,
    void_reason   VARCHAR(500)  NULL,
    KEY ix_assembly_paper_sheet (decision_id, sheet_no),
    CONSTRAINT fk_assembly_paper_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recorded delivery of the ballot to an owner: only such owners can be deemed under the silent-majority clause.
CREATE TABLE assembly_delivery (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id  BIGINT       NOT NULL,
    voter_key    VARCHAR(200) NOT NULL,
    method       VARCHAR(200) NOT NULL,
    delivered_at DATETIME(6)  NOT NULL,
    recorded_by  VARCHAR(60)  NOT NULL,
    UNIQUE KEY uk_assembly_delivery (decision_id, voter_key),
    CONSTRAINT fk_assembly_delivery_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The published result, immutable once written: the tally as JSON exactly as it was shown.
CREATE TABLE assembly_result (
    decision_id BIGINT      NOT NULL PRIMARY KEY,
    computed_at DATETIME(6) NOT NULL,
    provisional BOOLEAN     NOT NULL,
    passed      BOOLEAN     NOT NULL,
    result_json LONGTEXT    NOT NULL,
    CONSTRAINT fk_assembly_result_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
