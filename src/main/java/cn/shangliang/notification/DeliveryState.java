package cn.shangliang.notification;

/** PENDING (due at next_attempt_at, including retries) → SENT, or FAILED once the attempts are used up. */
public enum DeliveryState {
    PENDING, SENT, FAILED
}
