-- An owner who also has an account may link their owner's card to it (issue 10), proving possession with the
-- card's PIN once; afterwards the account may start a card session without the PIN. One account per card
-- (the primary key); an account may link several cards (units in several estates). The card stays the voting
-- identity: ballots never reference the account.
CREATE TABLE owner_card_link (
    card_id    BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    linked_at  DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    KEY ix_owner_card_link_account (account_id),
    CONSTRAINT fk_owner_card_link_card FOREIGN KEY (card_id) REFERENCES owner_card (id),
    CONSTRAINT fk_owner_card_link_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
