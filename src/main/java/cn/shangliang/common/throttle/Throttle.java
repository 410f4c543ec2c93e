package cn.shangliang.common.throttle;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rate limits shared by every instance: bucket4j token buckets kept in MariaDB ({@code throttle_bucket}, one
 * row per limit and subject, changed under {@code SELECT … FOR UPDATE}), see docs/adr/0011-throttling.md.
 * Subjects (a login name, a client address, a card number) are stored only as SHA-256 digests.
 * <p>
 * bucket4j commits on its own connection, so it must not run inside a JTA transaction (the connection would
 * be enlisted and its own commit refused): callers use it before or after their transactional use case.
 */
@ApplicationScoped
public class Throttle {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    TransactionManager transactions;

    private MariaDbBuckets buckets;

    @PostConstruct
    void init() {
        buckets = new MariaDbBuckets(dataSource, ClientSideConfig.getDefault()
                .withClientClock(new AppClock(clock))
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy
                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5))));
    }

    /** How long {@code subject} must wait before its next attempt under {@code limit}; counts nothing. */
    public Optional<Duration> waitBefore(ThrottleLimit limit, String subject) {
        EstimationProbe probe = bucket(limit, subject).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /**
     * Counts one attempt (or one failure) of {@code subject}. Returns how long it must wait when the limit was
     * already reached (then nothing is counted).
     */
    public Optional<Duration> count(ThrottleLimit limit, String subject) {
        ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Attempts left before the limit applies. */
    public long remaining(ThrottleLimit limit, String subject) {
        return bucket(limit, subject).getAvailableTokens();
    }

    /** Forgets what was counted (a successful login, staff clearing a lock). */
    public void clear(ThrottleLimit limit, String subject) {
        buckets.removeProxy(key(limit, subject));
    }

    /** Buckets full again for a while are deleted (any instance may do it: rows are skipped while locked). */
    @Scheduled(every = "${shangliang.throttle.clean-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() {
        while (buckets.removeExpired(1000) >= 1000) {
            Thread.yield();
        }
    }

    private BucketProxy bucket(ThrottleLimit limit, String subject) {
        requireNoTransaction();
        return buckets.builder().build(key(limit, subject), () -> configuration(limit));
    }

    private void requireNoTransaction() {
        try {
            if (transactions.getTransaction() != null) {
                throw new IllegalStateException("Throttle runs outside transactions: it commits on its own");
            }
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BucketConfiguration configuration(ThrottleLimit limit) {
        var builder = BucketConfiguration.builder();
        for (ThrottleLimit.Rate rate : limit.rates()) {
            builder.addLimit(rate.greedy()
                    ? Bandwidth.builder().capacity(rate.attempts()).refillGreedy(rate.attempts(), rate.per()).build()
                    : Bandwidth.builder().capacity(rate.attempts()).refillIntervally(rate.attempts(), rate.per())
                    .build());
        }
        return builder.build();
    }

    static String key(ThrottleLimit limit, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return limit.key() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whole seconds, rounded up, at least one: what {@code Retry-After} says. */
    private static Duration seconds(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** The app's clock (movable in tests), so a test can let a limit pass without sleeping. */
    private record AppClock(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
