-- A corrected notice (e.g. a recounted assembly result) is published as a new notice; the old one stays on the board,
-- unchanged, and points at the one that supersedes it.
ALTER TABLE notice ADD COLUMN superseded_by BIGINT NULL;
