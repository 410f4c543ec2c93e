-- Staff resolve a conflict between a voter's records (online / paper / proxy with different choices) by naming the
-- record that stands, with a reason (docs/rules/assembly-tally.md, "Conflicts"). One resolution per voter; it never
-- holds a choice. The published result keeps its revision and the notice it was published with, so a recount that
-- changes the result publishes a new notice that supersedes the old one.
CREATE TABLE assembly_conflict_resolution (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id     BIGINT        NOT NULL,
    voter_key       VARCHAR(200)  NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    record_ref      VARCHAR(100)  NOT NULL,
    reason          TEXT          NOT NULL,
    resolved_by     VARCHAR(200)  NOT NULL,
    resolved_at     DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_assembly_conflict_resolution (decision_id, voter_key),
    CONSTRAINT fk_assembly_conflict_resolution_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE assembly_result ADD COLUMN revision INT NOT NULL DEFAULT 1;
ALTER TABLE assembly_result ADD COLUMN notice_id BIGINT NULL;
