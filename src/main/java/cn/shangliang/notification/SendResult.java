package cn.shangliang.notification;

/**
 * What a channel made of one send. {@code RETRY} is tried again with backoff (as is a thrown exception);
 * {@code FAIL} is final (a wrong number, an unknown template); {@code SKIP} means the channel could not be used
 * for this person (no address, not configured) and is kept as the reason nobody was reached there.
 */
public record SendResult(Outcome outcome, String detail) {

    public enum Outcome { SENT, RETRY, FAIL, SKIP }

    public static SendResult sent(String providerRef) {
        return new SendResult(Outcome.SENT, providerRef);
    }

    public static SendResult retry(String reason) {
        return new SendResult(Outcome.RETRY, reason);
    }

    public static SendResult fail(String reason) {
        return new SendResult(Outcome.FAIL, reason);
    }

    public static SendResult skip(String reason) {
        return new SendResult(Outcome.SKIP, reason);
    }
}
