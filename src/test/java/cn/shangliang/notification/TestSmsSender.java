package cn.shangliang.notification;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for an SMS provider in tests (a @Singleton, so tests read its fields, not a proxy's). */
@Singleton
public class TestSmsSender implements ChannelSender {

    final List<String> sentKeys = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    /** Nonces (key and send number) the "provider" saw, as Alibaba remembers SignatureNonce for 15 minutes. */
    final java.util.Set<String> nonces = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Sends accepted whose answer is then lost (a timeout after the provider took the text). */
    final AtomicInteger answersLost = new AtomicInteger();
    /** Sends the provider answers with a refusal worth retrying (a rate limit), after seeing the nonce. */
    final AtomicInteger refusalsLeft = new AtomicInteger();
    volatile long delayMillis;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(Outgoing message) throws Exception {
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new java.io.IOException("provider unavailable");
        }
        if (!nonces.add(message.idempotencyKey() + "-" + message.attempt())) {
            return SendResult.sent("replayed");
        }
        if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return SendResult.retry("isv.BUSINESS_LIMIT_CONTROL: rate limit");
        }
        sentKeys.add(message.idempotencyKey());
        if (answersLost.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new java.net.http.HttpTimeoutException("request timed out");
        }
        return SendResult.sent("test-" + message.idempotencyKey());
    }

    @Override
    public int priority() {
        return 100;
    }

    void reset() {
        sentKeys.clear();
        failuresLeft.set(0);
        nonces.clear();
        answersLost.set(0);
        refusalsLeft.set(0);
        delayMillis = 0;
    }
}
