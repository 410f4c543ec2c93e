package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for an SMS provider in tests: records what it sent, can fail a number of times or be slow. */
@ApplicationScoped
public class TestSmsSender implements ChannelSender {

    final List<String> sentKeys = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile long delayMillis;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new java.io.IOException("provider unavailable");
        }
        sentKeys.add(message.idempotencyKey());
    }

    void reset() {
        sentKeys.clear();
        failuresLeft.set(0);
        delayMillis = 0;
    }
}
