package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A lost connection is retried for as long as the database keeps coming back, not for a fixed
 * number of attempts; when it stays away, or drops every transaction, the failure says so.
 */
class TransactionsRetryTest {

    /** Pauses of a millisecond, so that many attempts cost no time; only the limits under test vary. */
    private static Transactions.Patience patience(Duration outage, int drops) {
        return new Transactions.Patience(outage, drops, Duration.ofMillis(1), Duration.ofMillis(1));
    }

    @Test
    void aDatabaseAwayForMoreAttemptsThanTheOldFixedLimitIsWaitedFor() {
        // The old policy gave up after 30 attempts (about two minutes); the database is back at the 41st.
        FakeDatabase db = new FakeDatabase(40, 0);
        String out = Transactions.inTransaction(db.source(), c -> "recorded", patience(Duration.ofHours(1), 5));
        assertThat(out).isEqualTo("recorded");
        assertThat(db.connectionsAsked.get()).isEqualTo(41);
        assertThat(db.commits.get()).isEqualTo(1);
    }

    @Test
    void aDatabaseThatDropsSomeTransactionsButAnswersIsRetriedUntilOneCommits() {
        FakeDatabase db = new FakeDatabase(0, 4);
        int out = Transactions.inTransaction(db.source(), c -> 7, patience(Duration.ZERO, 5));
        assertThat(out).isEqualTo(7);
        assertThat(db.connectionsAsked.get()).isEqualTo(5);
    }

    @Test
    void aDatabaseThatStaysAwayEndsWithAMessageSayingForHowLong() {
        FakeDatabase db = new FakeDatabase(Integer.MAX_VALUE, 0);
        assertThatThrownBy(() -> Transactions.inTransaction(db.source(), c -> 1, patience(Duration.ZERO, 5)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("run store: the connection was lost and the database did not answer for 0 s (1 attempts in ")
                .hasMessageEndingWith("no connection available");
    }

    @Test
    void aDatabaseThatDropsEveryTransactionEndsWithAMessageSayingHowOften() {
        FakeDatabase db = new FakeDatabase(0, Integer.MAX_VALUE);
        assertThatThrownBy(() -> Transactions.inTransaction(db.source(), c -> 1, patience(Duration.ofHours(1), 3)))
                .isInstanceOf(StoreException.class)
                .hasMessage("run store: the database dropped the connection of 3 attempts in a row, connection terminated");
        assertThat(db.connectionsAsked.get()).isEqualTo(3);
    }

    @Test
    void aFailureOfTheStatementIsNotRetried() {
        FakeDatabase db = new FakeDatabase(0, 0);
        assertThatThrownBy(() -> Transactions.inTransaction(db.source(), c -> {
            throw new SQLException("duplicate key", "23505");
        }, patience(Duration.ofHours(1), 3))).isInstanceOf(StoreException.class).hasMessage("run store: duplicate key");
        assertThat(db.connectionsAsked.get()).isEqualTo(1);
    }

    @Test
    void aPoolWhoseConnectionsAreAllInUseIsNotTakenForAnOutage() {
        AtomicInteger asked = new AtomicInteger();
        DataSource busy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    asked.incrementAndGet();
                    // The pool's timeout when no connection came free: no failure to connect behind it.
                    throw new SQLTransientConnectionException("pool - Connection is not available, request timed out");
                });
        assertThatThrownBy(() -> Transactions.inTransaction(busy, c -> 1, patience(Duration.ofHours(1), 50)))
                .isInstanceOf(StoreException.class)
                .hasMessage("run store: no connection of the pool was free in 3 attempts in a row (each waiting for one), "
                        + "pool - Connection is not available, request timed out");
        assertThat(asked.get()).isEqualTo(Outage.BUSY_TRIES);
    }

    @Test
    void aStatementOnAConnectionThePoolClosedIsRetriedAsALostConnection() {
        // The pool's own words for a statement on a connection it closed as broken: no SQL state of its own.
        AtomicInteger asked = new AtomicInteger();
        DataSource source = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    boolean first = asked.incrementAndGet() == 1;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> m.getName().equals("isClosed") ? first : null);
                });
        int out = Transactions.inTransaction(source, c -> {
            if (c.isClosed()) {
                throw new SQLException("Connection is closed");
            }
            return 3;
        }, patience(Duration.ofHours(1), 5));
        assertThat(out).isEqualTo(3);
        assertThat(asked.get()).isEqualTo(2);
        int read = Transactions.reading(source, c -> {
            if (c.isClosed()) {
                throw new SQLException("Connection is closed");
            }
            return 4;
        });
        assertThat(read).isEqualTo(4);
    }

    /**
     * A database that hands out no connection for its first {@code away} requests, then connections
     * whose commit fails with a lost connection (SQL state 08006) for the first {@code drops} of them.
     */
    private static final class FakeDatabase {
        final AtomicInteger connectionsAsked = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        private final int away;
        private final int drops;
        private int dropped;

        FakeDatabase(int away, int drops) {
            this.away = away;
            this.drops = drops;
        }

        DataSource source() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        if (connectionsAsked.incrementAndGet() <= away) {
                            // As the pool says it when the database is away: with the last failure to connect.
                            throw new SQLTransientConnectionException("no connection available", "08001",
                                    new SQLException("connection refused", "08001"));
                        }
                        return connection();
                    });
        }

        private Connection connection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            if (dropped < drops) {
                                dropped++;
                                throw new SQLException("connection terminated", "08006");
                            }
                            commits.incrementAndGet();
                        }
                        return null;
                    });
        }
    }
}
