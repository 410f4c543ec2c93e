-- Resident councils (居民议事会), their members and meetings, residents' proposals (议题) and the follow-up
-- of resolutions. One council per community.
CREATE TABLE council (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_on   DATE         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_council_community (community_id),
    CONSTRAINT fk_council_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A seat on the council for one term. A member who leaves keeps the row (left_on set): that is the history.
-- active_account makes "one current seat per account" a unique key (NULL rows do not collide).
CREATE TABLE council_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id     BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    seat           VARCHAR(30)  NOT NULL,
    chair          BOOLEAN      NOT NULL DEFAULT FALSE,
    term_start     DATE         NOT NULL,
    term_end       DATE         NULL,
    left_on        DATE         NULL,
    active_account BIGINT AS (IF(left_on IS NULL, account_id, NULL)) PERSISTENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_council_member_active (council_id, active_account),
    KEY ix_council_member_account (account_id),
    CONSTRAINT fk_council_member_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_council_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of membership, in order: joined, left, became chair, stopped being chair.
CREATE TABLE council_member_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id  BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    note        VARCHAR(500) NULL,
    KEY ix_council_member_event (council_id, occurred_at),
    CONSTRAINT fk_council_member_event_member FOREIGN KEY (member_id) REFERENCES council_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id     BIGINT       NOT NULL,
    proposer_id      BIGINT       NOT NULL,
    proposer_name    VARCHAR(100) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT         NOT NULL,
    category         VARCHAR(30)  NOT NULL,
    place            VARCHAR(200) NULL,
    attachments      TEXT         NULL,
    status           VARCHAR(20)  NOT NULL,
    cosign_count     INT          NOT NULL DEFAULT 0,
    track            VARCHAR(10)  NULL,
    received_at      DATETIME(6)  NULL,
    outcome          TEXT         NULL,
    transfer_target  VARCHAR(30)  NULL,
    transfer_link    VARCHAR(300) NULL,
    merged_into_id   BIGINT       NULL,
    proposer_unread  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    KEY ix_proposal_status (status, id),
    KEY ix_proposal_category (category, id),
    KEY ix_proposal_community (community_id, status, id),
    KEY ix_proposal_proposer (proposer_id, proposer_unread),
    CONSTRAINT fk_proposal_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_proposal_proposer FOREIGN KEY (proposer_id) REFERENCES account (id),
    CONSTRAINT fk_proposal_merged FOREIGN KEY (merged_into_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 附议: once per resident and proposal (the unique key backs the locked check).
CREATE TABLE proposal_cosign (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_proposal_cosign (proposal_id, account_id),
    KEY ix_proposal_cosign_account (account_id),
    CONSTRAINT fk_proposal_cosign_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_cosign_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a proposal, shown to the proposer and the public on the proposal's page.
CREATE TABLE proposal_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    note        TEXT         NULL,
    KEY ix_proposal_event (proposal_id, id),
    CONSTRAINT fk_proposal_event_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id           BIGINT       NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    meeting_date         DATE         NOT NULL,
    start_time           TIME         NOT NULL,
    place                VARCHAR(200) NOT NULL,
    participants         TEXT         NULL,
    check_in_code        VARCHAR(12)  NOT NULL,
    agenda_published_at  DATETIME(6)  NULL,
    opened_at            DATETIME(6)  NULL,
    closed_at            DATETIME(6)  NULL,
    cancel_reason        TEXT         NULL,
    minutes              TEXT         NULL,
    minutes_confirmed_at DATETIME(6)  NULL,
    minutes_confirmed_by VARCHAR(120) NULL,
    minutes_published_at DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    KEY ix_meeting_council (council_id, meeting_date),
    CONSTRAINT fk_meeting_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An agenda item, from an accepted proposal or not; the deliberation record is written at the meeting.
CREATE TABLE agenda_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    proposal_id BIGINT       NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    speakers    TEXT         NULL,
    views       TEXT         NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    KEY ix_agenda_item_meeting (meeting_id, position),
    KEY ix_agenda_item_proposal (proposal_id),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 签到: a member (member_id) or an invited participant (name only). A member checks in once per meeting.
CREATE TABLE attendance (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    member_id     BIGINT       NULL,
    name          VARCHAR(100) NOT NULL,
    affiliation   VARCHAR(150) NULL,
    method        VARCHAR(10)  NOT NULL,
    checked_in_at DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_attendance_member (meeting_id, member_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES council_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 决议: one vote per agenda item, with the counts and the quorum at the time of the vote.
CREATE TABLE resolution (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id BIGINT      NOT NULL,
    meeting_id     BIGINT      NOT NULL,
    council_id     BIGINT      NOT NULL,
    text           TEXT        NOT NULL,
    vote_mode      VARCHAR(15) NOT NULL,
    agree          INT         NOT NULL,
    oppose         INT         NOT NULL,
    abstain        INT         NOT NULL,
    members        INT         NOT NULL,
    present        INT         NOT NULL,
    passed         BOOLEAN     NOT NULL,
    decided_at     DATETIME(6) NOT NULL,
    UNIQUE KEY uk_resolution_item (agenda_item_id),
    KEY ix_resolution_council (council_id, id),
    CONSTRAINT fk_resolution_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_resolution_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A roll-call vote: how each member present voted.
CREATE TABLE resolution_vote (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resolution_id BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    choice        VARCHAR(10) NOT NULL,
    UNIQUE KEY uk_resolution_vote (resolution_id, member_id),
    CONSTRAINT fk_resolution_vote_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_resolution_vote_member FOREIGN KEY (member_id) REFERENCES council_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE follow_up (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resolution_id BIGINT       NOT NULL,
    council_id    BIGINT       NOT NULL,
    responsible   VARCHAR(150) NOT NULL,
    due_date      DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    report_count  INT          NOT NULL DEFAULT 0,
    report        TEXT         NULL,
    created_at    DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_follow_up_resolution (resolution_id),
    KEY ix_follow_up_open (council_id, status, due_date),
    CONSTRAINT fk_follow_up_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Progress notes, reports, closing and reopening, in order.
CREATE TABLE follow_up_update (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id BIGINT      NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    text        TEXT         NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    KEY ix_follow_up_update (follow_up_id, id),
    CONSTRAINT fk_follow_up_update FOREIGN KEY (follow_up_id) REFERENCES follow_up (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One rating per person and report (report_no counts the reports of the follow-up).
CREATE TABLE follow_up_rating (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id BIGINT       NOT NULL,
    report_no    INT          NOT NULL,
    account_id   BIGINT       NOT NULL,
    rating       VARCHAR(20)  NOT NULL,
    comment      VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_follow_up_rating (follow_up_id, report_no, account_id),
    CONSTRAINT fk_follow_up_rating FOREIGN KEY (follow_up_id) REFERENCES follow_up (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
