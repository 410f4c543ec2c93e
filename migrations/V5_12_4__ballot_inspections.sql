-- 查阅表决票: the one deliberate path to named ballot choices (docs/rules/ballot-privacy.md, "Inspection"). A request
-- names its legal basis (the estate's rule or a court order), a reason and which ballots (NULL voter_keys: all of
-- the decision); a second account of the role the rule names approves or refuses it. Never holds a choice.
CREATE TABLE assembly_ballot_inspection (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id    BIGINT        NOT NULL,
    basis          VARCHAR(20)   NOT NULL,
    citation       VARCHAR(500)  NOT NULL,
    reason         TEXT          NOT NULL,
    voter_keys     TEXT          NULL,
    status         VARCHAR(12)   NOT NULL,
    requested_by   VARCHAR(200)  NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    decided_by     VARCHAR(200)  NULL,
    decided_at     DATETIME(6)   NULL,
    refusal_reason TEXT          NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    KEY ix_assembly_inspection_decision (decision_id),
    CONSTRAINT fk_assembly_inspection_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
