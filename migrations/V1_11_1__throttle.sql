-- Issue 11: login and abuse limits shared by every instance (bucket4j buckets under SELECT ... FOR UPDATE).
-- id names the limit and its subject (e.g. "account-login:42", "card-client:203.0.113.7"); state is the bucket,
-- serialized by bucket4j; expires_at (epoch millis) lets an old bucket be removed once it is full again.
CREATE TABLE throttle_bucket (
    id         VARCHAR(191) NOT NULL PRIMARY KEY,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    KEY ix_throttle_bucket_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
