package cn.shangliang.notification;

/**
 * Sends on one channel. Implementations pass {@link Outgoing#idempotencyKey()} to the provider (or check it
 * themselves) so that a send retried after a crash between sending and committing reaches the person once.
 * A thrown exception means "not sent, try again later".
 */
public interface ChannelSender {

    Channel channel();

    void send(Outgoing message) throws Exception;
}
