package cn.shangliang.common.throttle;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * bucket4j's select-for-update algorithm on MariaDB over table {@code throttle_bucket}. bucket4j's own MySQL
 * backend links MySQL Connector/J exception classes and fails with the MariaDB driver (NoClassDefFoundError),
 * so this is that backend's SQL without the foreign driver (docs/adr/0011-throttling.md).
 */
final class MariaDbBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "SELECT state FROM throttle_bucket WHERE id = ? FOR UPDATE";
    private static final String INSERT = "INSERT IGNORE INTO throttle_bucket (id, state) VALUES (?, NULL)";
    private static final String UPDATE = "UPDATE throttle_bucket SET state = ?, expires_at = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM throttle_bucket WHERE id = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM throttle_bucket WHERE expires_at < ? AND id IN"
            + " (SELECT id FROM (SELECT id FROM throttle_bucket WHERE expires_at < ? LIMIT ? FOR UPDATE SKIP LOCKED) t)";

    private final DataSource dataSource;

    MariaDbBuckets(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("throttle: no database connection", e);
        }
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> timeout) {
                sql(() -> {
                    connection.setAutoCommit(false);
                    return null;
                });
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                return sql(() -> {
                    try (PreparedStatement st = connection.prepareStatement(SELECT)) {
                        applyTimeout(st, timeout);
                        st.setString(1, key);
                        try (ResultSet rs = st.executeQuery()) {
                            return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                        }
                    }
                });
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                return sql(() -> {
                    try (PreparedStatement st = connection.prepareStatement(INSERT)) {
                        applyTimeout(st, timeout);
                        st.setString(1, key);
                        return st.executeUpdate() > 0;
                    }
                });
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                sql(() -> {
                    try (PreparedStatement st = connection.prepareStatement(UPDATE)) {
                        applyTimeout(st, timeout);
                        st.setBytes(1, data);
                        Optional<Long> expiresAt = getClientSideConfig().getExpirationAfterWriteStrategy()
                                .map(s -> currentTimeNanos() / 1_000_000L
                                        + s.calculateTimeToLiveMillis(state, currentTimeNanos()));
                        if (expiresAt.isPresent()) {
                            st.setLong(2, expiresAt.get());
                        } else {
                            st.setNull(2, Types.BIGINT);
                        }
                        st.setString(3, key);
                        return st.executeUpdate();
                    }
                });
            }

            @Override
            public void commit(Optional<Long> timeout) {
                sql(() -> {
                    connection.commit();
                    return null;
                });
            }

            @Override
            public void rollback() {
                sql(() -> {
                    connection.rollback();
                    return null;
                });
            }

            @Override
            public void release() {
                sql(() -> {
                    connection.close();
                    return null;
                });
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(DELETE)) {
            st.setString(1, key);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("throttle: could not clear " + key, e);
        }
    }

    /** Deletes up to {@code batch} buckets whose expiry passed; returns how many. */
    int removeExpired(int batch) {
        long now = currentTimeNanos() / 1_000_000L;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(DELETE_EXPIRED)) {
            st.setLong(1, now);
            st.setLong(2, now);
            st.setInt(3, batch);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("throttle: could not remove expired buckets", e);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new IllegalStateException("throttle: database error", e);
        }
    }
}
