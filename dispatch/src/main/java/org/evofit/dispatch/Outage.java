package org.evofit.dispatch;

import java.sql.SQLTransientConnectionException;

/**
 * One transaction's lost connections, for {@link Transactions}: when the database last handed out a
 * connection and how many transactions in a row lost theirs since, so the retries go on while the
 * database keeps coming back and stop, with a message that says why, when it stays away.
 */
final class Outage {

    /** Tries at a connection from a pool whose connections are all in use, before giving up. */
    static final int BUSY_TRIES = 3;

    private final Transactions.Patience patience;
    private final long began = System.nanoTime();
    private long lastAnswer = began;
    private int attempts;
    private int drops;
    private int busy;
    private boolean answeredThisAttempt;
    private String gaveUp = "";

    Outage(Transactions.Patience patience) {
        this.patience = patience;
    }

    /** The database handed out a connection: it is there, whatever happens to the transaction next. */
    void answered() {
        lastAnswer = System.nanoTime();
        answeredThisAttempt = true;
    }

    /** Whether an attempt that failed with {@code failure} is tried again; called once per failed attempt. */
    boolean retry(Throwable failure) {
        attempts++;
        boolean answered = answeredThisAttempt;
        answeredThisAttempt = false;
        if (!Transactions.isConnectionLoss(failure)) {
            return false;
        }
        if (busy(failure)) {
            // The database is not known to be away: every connection of the pool is in use (held
            // elsewhere in this process). Waiting longer does not free them; a few tries do no harm.
            if (++busy >= BUSY_TRIES) {
                gaveUp = "no connection of the pool was free in " + busy + " attempts in a row (each waiting for one), ";
                return false;
            }
            return true;
        }
        busy = 0;
        drops = answered ? drops + 1 : 0;
        long silent = System.nanoTime() - lastAnswer;
        if (drops >= patience.drops()) {
            gaveUp = "the database dropped the connection of " + drops + " attempts in a row, ";
            return false;
        }
        if (!answered && silent >= patience.outage().toNanos()) {
            gaveUp = "the connection was lost and the database did not answer for " + seconds(silent) + " s ("
                    + attempts + " attempts in " + seconds(System.nanoTime() - began) + " s), ";
            return false;
        }
        return true;
    }

    /**
     * Whether no connection was to be had from the pool in time although none of its attempts to
     * connect failed: the pool's timeout carries the last connection failure as its cause when the
     * database is away, and none when the pool's connections are merely all in use.
     */
    private static boolean busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException pool) {
                return pool.getCause() == null && pool.getSQLState() == null;
            }
        }
        return false;
    }

    /** Why the retries stopped, to lead the error's message; empty when they did not (another failure). */
    String describe() {
        return gaveUp;
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }
}
