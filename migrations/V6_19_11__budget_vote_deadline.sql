-- Issue 19: a residents' budget vote runs until a deadline staff set when opening it; after it no ballot is
-- taken and the cycle moves on to the notice (by staff or by the scheduled closer). NULL for council votes,
-- which are held in a meeting, and for cycles that reached the vote before this column existed.
ALTER TABLE budget_cycle
    ADD COLUMN vote_ends_at DATETIME(6) NULL AFTER members_total;
