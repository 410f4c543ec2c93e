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
        sentKeys.add(message.idempotencyKey());
        return SendResult.sent("test-" + message.idempotencyKey());
    }

    @Override
    public int priority() {
        return 100;
    }

    void reset() {
        sentKeys.clear();
        failuresLeft.set(0);
        delayMillis = 0;
    }
}
