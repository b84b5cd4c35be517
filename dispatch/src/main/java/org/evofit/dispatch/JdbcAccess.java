package org.evofit.dispatch;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * What every part of {@link JdbcRunStore} shares: the database and the clock for recorded times.
 *
 * @param db    the migrated store (see {@link Database})
 * @param clock the source of recorded times
 */
record JdbcAccess(DataSource db, Clock clock) {

    /** Runs the work as one transaction. */
    <T> T tx(Transactions.Work<T> work) {
        return Transactions.inTransaction(db, work);
    }

    /** Runs one SELECT outside a transaction ({@link Transactions#reading}): a round trip fewer than {@link #tx}. */
    <T> T read(Transactions.Work<T> select) {
        return Transactions.reading(db, select);
    }

    /** The time to record, ms since the epoch. */
    long now() {
        return clock.millis();
    }
}
