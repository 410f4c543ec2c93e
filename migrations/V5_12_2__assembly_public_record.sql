-- What is published with a result so that anyone can check it: the Merkle root over the counted ballots' leaf
-- hashes and the leaves themselves (sorted, one per line). A leaf hides its ballot behind a secret only the
-- owner sees when logged in, so the list names nobody and no choice.
CREATE TABLE assembly_public_record (
    decision_id BIGINT      NOT NULL PRIMARY KEY,
    merkle_root CHAR(64)    NOT NULL,
    leaf_count  INT         NOT NULL,
    leaves      LONGTEXT    NOT NULL,
    computed_at DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_assembly_public_record_decision FOREIGN KEY (decision_id) REFERENCES assembly_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
