-- Issue 11: a card locked by wrong PINs unlocks by itself after a while that grows with each lock; staff may
-- still unlock it at once. last_locked_at lets the owner's home page say that someone tried their PIN.
ALTER TABLE owner_card
    ADD COLUMN locked_until   DATETIME(6) NULL,
    ADD COLUMN lock_count     INT         NOT NULL DEFAULT 0,
    ADD COLUMN last_locked_at DATETIME(6) NULL;
