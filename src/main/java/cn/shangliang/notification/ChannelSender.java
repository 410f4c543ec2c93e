package cn.shangliang.notification;

/**
 * Sends on one channel. Implementations pass {@link Outgoing#idempotencyKey()} to the provider (or check it
 * themselves) so that a send retried after a crash between sending and committing reaches the person once.
 * A thrown exception means "not sent, try again later". When two beans serve one channel the one with the
 * higher {@link #priority()} is used (tests put a fake above the real adapter).
 */
public interface ChannelSender {

    Channel channel();

    SendResult send(Outgoing message) throws Exception;

    default int priority() {
        return 0;
    }
}
