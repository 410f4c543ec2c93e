-- Issue 19: a milestone of a budget project is marked done (on a date) or missed (with the reason), by staff;
-- PLANNED until then. A missed milestone can still be marked done later (done late), never the other way.
ALTER TABLE budget_milestone
    ADD COLUMN status      VARCHAR(16)   NOT NULL DEFAULT 'PLANNED' AFTER due_on,
    ADD COLUMN done_on     DATE          NULL AFTER status,
    ADD COLUMN note        VARCHAR(1000) NULL AFTER done_on,
    ADD COLUMN recorded_by VARCHAR(100)  NULL AFTER note,
    ADD COLUMN recorded_at DATETIME(6)   NULL AFTER recorded_by;
