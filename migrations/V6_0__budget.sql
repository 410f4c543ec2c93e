-- 民生微实事: a community's participatory budget for one year, its projects from proposal to evaluation.
CREATE TABLE budget_cycle (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id       BIGINT       NOT NULL,
    year               INT          NOT NULL,
    title              VARCHAR(200) NOT NULL,
    budget_fen         BIGINT       NOT NULL,
    cap_works_fen      BIGINT       NOT NULL,
    cap_service_fen    BIGINT       NOT NULL,
    cap_goods_fen      BIGINT       NOT NULL,
    proposals_open_on  DATE         NOT NULL,
    proposals_close_on DATE         NOT NULL,
    notice_days        INT          NOT NULL,
    quorum             VARCHAR(20)  NOT NULL,
    majority           VARCHAR(20)  NOT NULL,
    vote_mode          VARCHAR(20)  NOT NULL,
    max_approvals      INT          NOT NULL,
    max_score          INT          NOT NULL,
    rule_name          VARCHAR(30)  NOT NULL,
    min_votes          INT          NULL,
    status             VARCHAR(20)  NOT NULL,
    members_total      INT          NULL,
    notice_ends_at     DATETIME(6)  NULL,
    approved_at        DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(120) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_budget_cycle_year (community_id, year),
    CONSTRAINT fk_budget_cycle_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT ck_budget_cycle_money CHECK (budget_fen >= 0 AND cap_works_fen > 0 AND cap_service_fen > 0 AND cap_goods_fen > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_project (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id                   BIGINT        NOT NULL,
    source                     VARCHAR(12)   NOT NULL,
    proposer_account_id        BIGINT        NULL,
    proposer_name              VARCHAR(100)  NOT NULL,
    pabulib_id                 VARCHAR(100)  NULL,
    title                      VARCHAR(200)  NOT NULL,
    need                       TEXT          NOT NULL,
    location                   VARCHAR(200)  NOT NULL,
    type                       VARCHAR(12)   NOT NULL,
    beneficiaries              VARCHAR(300)  NOT NULL,
    proposed_cost_fen          BIGINT        NOT NULL,
    estimated_cost_fen         BIGINT        NOT NULL,
    cost_note                  TEXT          NULL,
    status                     VARCHAR(20)   NOT NULL,
    reject_reason              VARCHAR(30)   NULL,
    review_note                TEXT          NULL,
    merged_into_id             BIGINT        NULL,
    reviewed_at                DATETIME(6)   NULL,
    approved_fen               BIGINT        NULL,
    implementer_name           VARCHAR(200)  NULL,
    implementer_kind           VARCHAR(30)   NULL,
    contract_fen               BIGINT        NULL,
    contract_decision          VARCHAR(300)  NULL,
    contracted_on              DATE          NULL,
    acceptance_result          VARCHAR(12)   NULL,
    acceptance_items           TEXT          NULL,
    acceptance_representatives VARCHAR(300)  NULL,
    final_cost_fen             BIGINT        NULL,
    accepted_at                DATETIME(6)   NULL,
    created_at                 DATETIME(6)   NOT NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    KEY ix_budget_project_cycle (cycle_id, status),
    KEY ix_budget_project_proposer (proposer_account_id),
    CONSTRAINT fk_budget_project_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id),
    CONSTRAINT fk_budget_project_merged FOREIGN KEY (merged_into_id) REFERENCES budget_project (id),
    CONSTRAINT ck_budget_project_cost CHECK (estimated_cost_fen > 0 AND proposed_cost_fen > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Council members present at the vote meeting (the council feature is separate; the vote keeps its own record).
CREATE TABLE budget_attendee (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id   BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    UNIQUE KEY uk_budget_attendee (cycle_id, account_id),
    CONSTRAINT fk_budget_attendee_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ballot per voter and cycle: the unique key is what makes "one per person" hold under concurrency.
CREATE TABLE budget_ballot (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id    BIGINT       NOT NULL,
    voter_key   VARCHAR(120) NOT NULL,
    account_id  BIGINT       NULL,
    source      VARCHAR(20)  NOT NULL,
    recorded_by VARCHAR(120) NOT NULL,
    cast_at     DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_budget_ballot_voter (cycle_id, voter_key),
    CONSTRAINT fk_budget_ballot_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_ballot_choice (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ballot_id  BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    points     INT    NOT NULL,
    UNIQUE KEY uk_budget_choice (ballot_id, project_id),
    CONSTRAINT fk_budget_choice_ballot FOREIGN KEY (ballot_id) REFERENCES budget_ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_budget_choice_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The selection rule's verdict on each project, kept as published.
CREATE TABLE budget_selection_line (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id             BIGINT        NOT NULL,
    project_id           BIGINT        NOT NULL,
    position             INT           NOT NULL,
    funded               BOOLEAN       NOT NULL,
    verdict              VARCHAR(30)   NOT NULL,
    score                DECIMAL(20,4) NULL,
    cost_fen             BIGINT        NOT NULL,
    remaining_before_fen BIGINT        NULL,
    supporters           BIGINT        NULL,
    price_per_supporter  VARCHAR(120)  NULL,
    reason               VARCHAR(500)  NOT NULL,
    UNIQUE KEY uk_budget_selection (cycle_id, project_id),
    CONSTRAINT fk_budget_selection_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id),
    CONSTRAINT fk_budget_selection_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_objection (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id    BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    author_name VARCHAR(100) NOT NULL,
    text        TEXT         NOT NULL,
    answer      TEXT         NULL,
    answered_by VARCHAR(120) NULL,
    filed_at    DATETIME(6)  NOT NULL,
    answered_at DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    KEY ix_budget_objection_cycle (cycle_id),
    CONSTRAINT fk_budget_objection_cycle FOREIGN KEY (cycle_id) REFERENCES budget_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_milestone (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_on     DATE         NOT NULL,
    CONSTRAINT fk_budget_milestone_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_progress_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    text        TEXT         NOT NULL,
    percent     INT          NOT NULL,
    reported_on DATE         NOT NULL,
    reported_by VARCHAR(120) NOT NULL,
    KEY ix_budget_report_project (project_id, reported_on),
    CONSTRAINT fk_budget_report_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT ck_budget_report_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_expense (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    report_id   BIGINT       NOT NULL,
    description VARCHAR(300) NOT NULL,
    amount_fen  BIGINT       NOT NULL,
    CONSTRAINT fk_budget_expense_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT fk_budget_expense_report FOREIGN KEY (report_id) REFERENCES budget_progress_report (id),
    CONSTRAINT ck_budget_expense_amount CHECK (amount_fen > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_rating (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    stars      INT         NOT NULL,
    comment    TEXT        NULL,
    rated_at   DATETIME(6) NOT NULL,
    UNIQUE KEY uk_budget_rating (project_id, account_id),
    CONSTRAINT fk_budget_rating_project FOREIGN KEY (project_id) REFERENCES budget_project (id),
    CONSTRAINT ck_budget_rating_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_complaint (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    author      VARCHAR(120) NOT NULL,
    author_name VARCHAR(100) NOT NULL,
    text        TEXT         NOT NULL,
    answer      TEXT         NULL,
    answered_by VARCHAR(120) NULL,
    filed_at    DATETIME(6)  NOT NULL,
    answered_at DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    KEY ix_budget_complaint_project (project_id),
    CONSTRAINT fk_budget_complaint_project FOREIGN KEY (project_id) REFERENCES budget_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
