package cn.shangliang.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock that lets one instance at a time migrate a shared database (Flyway's own lock is node-local on Galera):
 * one holder among many starting at once, the next one after a release, a dead holder's lock expiring.
 */
@QuarkusTest
class StartupLockTest {

    @Inject
    AgroalDataSource dataSource;

    private final List<StartupLock> taken = new ArrayList<>();

    private StartupLock lock(String holder, Duration expiry) {
        StartupLock lock = new StartupLock(dataSource::getConnection, holder, expiry);
        taken.add(lock);
        return lock;
    }

    @AfterEach
    void releaseAll() throws Exception {
        for (StartupLock lock : taken) {
            lock.release();
        }
    }

    @Test
    void ofInstancesStartingTogetherExactlyOneHoldsItUntilItReleases() throws Exception {
        int instances = 6;
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                StartupLock lock = lock("instance-" + i, Duration.ofMinutes(10));
                Callable<Boolean> start = () -> {
                    together.await();
                    return lock.tryAcquire();
                };
                outcomes.add(pool.submit(start));
            }
            int holders = 0;
            int holder = -1;
            for (int i = 0; i < instances; i++) {
                if (outcomes.get(i).get()) {
                    holders++;
                    holder = i;
                }
            }
            assertEquals(1, holders);
            StartupLock next = taken.get((holder + 1) % instances);
            assertFalse(next.tryAcquire(), "held by another instance");
            assertTrue(taken.get(holder).tryAcquire(), "the holder may take it again");
            taken.get(holder).release();
            assertTrue(next.tryAcquire(), "free once released");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHolderThatDiedBlocksOnlyUntilItsLockExpires() throws Exception {
        StartupLock dead = lock("died-while-migrating", Duration.ofSeconds(1));
        StartupLock waiting = lock("waiting", Duration.ofMinutes(10));
        assertTrue(dead.tryAcquire());
        assertFalse(waiting.tryAcquire());
        waiting.acquire(Duration.ofSeconds(20), message -> { });
        assertFalse(dead.tryAcquire(), "taken over");
    }

    @Test
    void aDatabaseWithTheAppsTablesIsNotTakenForAFirstStart() throws Exception {
        assertFalse(lock("any", Duration.ofMinutes(1)).onlyTableInDatabase());
    }
}
