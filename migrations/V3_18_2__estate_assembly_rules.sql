-- The estate's own rules for its owners' assembly (DOMAIN.md §1), set once per estate with the clause they come from,
-- and copied into each decision when its notice is published (a later change never alters an open decision).
ALTER TABLE estate ADD COLUMN parking_citation VARCHAR(500) NULL;
ALTER TABLE estate ADD COLUMN silent_clause BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE estate ADD COLUMN silent_citation VARCHAR(500) NULL;
