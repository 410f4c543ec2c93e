-- Notifications (issue 13), third step: delivery receipts. A provider reports afterwards whether a text (Alibaba
-- Cloud SMS report push) or a WeChat template message (TEMPLATESENDJOBFINISH) reached the person; the delivery
-- becomes DELIVERED or FAILED with the provider's reason, and keeps when the provider said so. Receipts are
-- matched by the provider's id of the send (provider_ref) or by our idempotency key (SMS OutId).
-- send_seq numbers the requests whose outcome we know: a try that ended without an answer (timeout, broken
-- connection: the provider may have accepted it) keeps the number, so the next try is the same request (the same
-- SMS SignatureNonce, which Alibaba refuses as used if it did accept it) and not a second text.
ALTER TABLE delivery
    ADD COLUMN receipt_at DATETIME(6) NULL,
    ADD COLUMN send_seq   INT         NOT NULL DEFAULT 0,
    ADD KEY ix_delivery_provider_ref (provider_ref);
