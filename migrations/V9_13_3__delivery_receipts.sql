-- Notifications (issue 13), third step: delivery receipts. A provider reports afterwards whether a text (Alibaba
-- Cloud SMS report push) or a WeChat template message (TEMPLATESENDJOBFINISH) reached the person; the delivery
-- becomes DELIVERED or FAILED with the provider's reason, and keeps when the provider said so. Receipts are
-- matched by the provider's id of the send (provider_ref) or by our idempotency key (SMS OutId).
ALTER TABLE delivery
    ADD COLUMN receipt_at DATETIME(6) NULL,
    ADD KEY ix_delivery_provider_ref (provider_ref);
