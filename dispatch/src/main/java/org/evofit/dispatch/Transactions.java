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
 * is run again on a fresh one, with growing pauses, for about two minutes before the loss is
 * reported. Any other failure is reported at once. A rollback that fails on the dead connection
 * never hides the failure that caused it.
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

    private static final RetryConfig RETRY = RetryConfig.custom()
            .maxAttempts(30)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2, Duration.ofSeconds(5)))
            .retryOnException(Transactions::isConnectionLoss)
            .failAfterMaxAttempts(false)
            .build();

    private Transactions() {
    }

    /**
     * Runs the work in a transaction on a connection from {@code source}, again on a new connection
     * while the connection is lost.
     *
     * @throws StoreException when the database fails (the transaction is rolled back)
     */
    static <T> T inTransaction(DataSource source, Work<T> work) {
        Retry retry = Retry.of("run-store", RETRY);
        try {
            return retry.executeCallable(() -> once(source, work));
        } catch (SQLException e) {
            throw new StoreException("run store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("run store: " + e.getMessage(), e);
        }
    }

    private static <T> T once(DataSource source, Work<T> work) throws SQLException {
        try (Connection c = source.getConnection()) {
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
                throw e;
            }
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
