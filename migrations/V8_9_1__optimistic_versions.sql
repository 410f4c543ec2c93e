-- After every feature's first migration (range 8 is the last of them), so that every table exists.
-- Optimistic locking on every mutable aggregate (issue 9): rows that are changed after they are written get a
-- version, so two instances writing the same row meet at commit instead of overwriting each other.
ALTER TABLE household ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE building ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE subdistrict ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assembly_proxy_mandate ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assembly_paper_entry ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assembly_result ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE budget_milestone ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE hearing_report ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE hearing_statement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE resolution ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notice ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ownership ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
