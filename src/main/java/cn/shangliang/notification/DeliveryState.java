package cn.shangliang.notification;

/**
 * PENDING (due at next_attempt_at, including retries and texts deferred past quiet hours) → SENT (the provider
 * accepted it), DELIVERED (the provider reported it reached the person), FAILED (attempts used up or refused for
 * good, with the reason), or SKIPPED (switched off by the person, no address, channel not configured, SMS cap
 * reached; the reason is kept). Only SENT and DELIVERED count as reached.
 */
public enum DeliveryState {
    PENDING, SENT, DELIVERED, FAILED, SKIPPED;

    public boolean reached() {
        return this == SENT || this == DELIVERED;
    }
}
