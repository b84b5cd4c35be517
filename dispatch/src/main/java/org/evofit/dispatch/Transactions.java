package org.evofit.dispatch;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs a unit of work on one connection as one transaction: committed whole, or rolled back whole.
 *
 * <p>A lost connection is transient (the database restarted, an administrator terminated the
 * backends, the network blinked): the pool evicts the broken connection and the whole transaction
 * is run again on a fresh one, with growing pauses, for as long as the database keeps answering
 * (every connection it hands out is a sign it is back) and until it has not answered for {@link
 * Patience#outage()}, or dropped {@link Patience#drops()} connections in a row in mid-transaction:
 * only then is the loss reported, saying for how long and how often. A fixed total would fail a
 * long fit's result for a restart that takes a little longer than usual. Any other failure is
 * reported at once. A rollback that fails on the dead connection never hides the failure that caused it.
 */
final class Transactions {

    /** Work that needs a connection inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work; an exception rolls everything back. */
        T run(Connection c) throws SQLException;
    }

    /** PostgreSQL's states for a server going away (admin_shutdown, crash_shutdown, cannot_connect_now). */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    /**
     * How long a lost connection is retried.
     *
     * @param outage  give up once the database has not handed out a connection for this long
     * @param drops   give up after this many transactions in a row lost their connection although the
     *                database handed one out (it answers, but something ends every transaction)
     * @param first   the first pause between attempts, doubled each time
     * @param longest the longest pause between attempts
     */
    record Patience(Duration outage, int drops, Duration first, Duration longest) {

        /**
         * Fifteen minutes without an answer (a failover or a restart with recovery, not a database taken
         * away for good), 50 dropped transactions, pauses from 0.1 s growing to 5 s.
         */
        static final Patience DEFAULT = new Patience(Duration.ofMinutes(15), 50, Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    private Transactions() {
    }

    /**
     * Runs the work in a transaction on a connection from {@code source}, again on a new connection
     * while the connection is lost, with {@link Patience#DEFAULT}.
     *
     * @throws StoreException when the database fails (the transaction is rolled back)
     */
    static <T> T inTransaction(DataSource source, Work<T> work) {
        return inTransaction(source, work, Patience.DEFAULT);
    }

    /**
     * Runs one read (a single SELECT, which sees one snapshot on its own) in autocommit mode: no
     * transaction to end, so one round trip to the server instead of two; retried like a transaction.
     *
     * @throws StoreException when the database fails
     */
    static <T> T reading(DataSource source, Work<T> read) {
        return inTransaction(source, read, Patience.DEFAULT, true);
    }

    /** {@link #inTransaction(DataSource, Work)} with {@code patience} for a lost connection. */
    static <T> T inTransaction(DataSource source, Work<T> work, Patience patience) {
        return inTransaction(source, work, patience, false);
    }

    private static <T> T inTransaction(DataSource source, Work<T> work, Patience patience, boolean autocommit) {
        Outage outage = new Outage(patience);
        Retry retry = Retry.of("run-store", RetryConfig.custom()
                .maxAttempts(Integer.MAX_VALUE)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(patience.first(), 2, patience.longest()))
                .retryOnException(outage::retry)
                .build());
        try {
            return retry.executeCallable(() -> autocommit ? read(source, work, outage) : once(source, work, outage));
        } catch (SQLException e) {
            throw new StoreException("run store: " + outage.describe() + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("run store: " + outage.describe() + e.getMessage(), e);
        }
    }

    private static <T> T read(DataSource source, Work<T> read, Outage outage) throws SQLException {
        try (Connection c = source.getConnection()) {
            outage.answered();
            c.setAutoCommit(true);
            try {
                return read.run(c);
            } catch (SQLException e) {
                throw lostWithItsConnection(c, e);
            }
        }
    }

    private static <T> T once(DataSource source, Work<T> work, Outage outage) throws SQLException {
        try (Connection c = source.getConnection()) {
            outage.answered();
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException rollback) {
                    // The connection is gone with the transaction: the cause is what matters.
                    e.addSuppressed(rollback);
                }
                if (e instanceof SQLException sql) {
                    throw lostWithItsConnection(c, sql);
                }
                throw e;
            }
        }
    }

    /**
     * {@code failure} as a lost connection (SQL state 08003) when its connection is closed after it but it does not
     * say so itself: the pool closes a connection it finds broken, and a statement on it then fails with the pool's
     * stateless "Connection is closed" (seen after an administrator's pg_terminate_backend), which is the
     * connection's failure, to be retried as one, not the statement's.
     */
    private static SQLException lostWithItsConnection(Connection c, SQLException failure) {
        if (isConnectionLoss(failure) || !closed(c)) {
            return failure;
        }
        return new SQLException(failure.getMessage(), "08003", failure);
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the failure is the connection's, not the statement's: SQL state class 08 (connection
     * exception), a server shutting down, or no connection to be had from the pool in time.
     */
    static boolean isConnectionLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one INSERT, UPDATE or DELETE with its parameters bound in order (strings, numbers, byte
     * arrays; no nulls) and returns the number of rows it changed.
     */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            return st.executeUpdate();
        }
    }

    /** What a query does with each row, at the cursor. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs one SELECT with its parameters bound in order and hands every row to {@code row}. */
    static void forEachRow(Connection c, String sql, Row row, Object... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
