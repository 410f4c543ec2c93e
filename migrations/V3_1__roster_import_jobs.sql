-- A roster file uploaded on the page waits here until a worker of any instance claims it (a conditional UPDATE on
-- status), so the page can show progress and no instance keeps state that matters in memory. The file is
-- cleared once the job is finished; heartbeat_at lets another instance take over a job whose worker died.
CREATE TABLE roster_import_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    estate_id      BIGINT       NOT NULL,
    created_by     VARCHAR(120) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    total_rows     INT          NULL,
    processed_rows INT          NOT NULL DEFAULT 0,
    heartbeat_at   DATETIME(6)  NOT NULL,
    result_summary TEXT         NULL,
    file_content   MEDIUMBLOB   NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    KEY ix_roster_import_job_status (status, heartbeat_at),
    CONSTRAINT fk_roster_import_job_estate FOREIGN KEY (estate_id) REFERENCES estate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
