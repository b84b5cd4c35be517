package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which first attempts may have stored a checkpoint, so that recording a run's result deletes its checkpoints
 * only when there can be any: three statements a tiny run would otherwise pay for nothing.
 *
 * <p>Only the holder of a lease can store under it, and its token lives in the memory of the process that
 * claimed it. A first attempt ({@link Lease#attempt} 1, the run's first claim) is the only attempt the run has
 * had, so its checkpoints, if any, were stored by this JVM: hence one set for the JVM, whichever
 * {@link JdbcRunStore} (connection pool) stored or records. A later attempt may have inherited checkpoints from
 * an earlier one (on another worker, say) and always deletes. A save is noted before its statement runs, so a
 * save whose acknowledgement was lost (committed, then reported as failed) counts too.
 */
final class LeaseWrites {

    /** Tokens of first attempts that may have stored a checkpoint (removed when the attempt ends). */
    private static final Set<String> FIRST_ATTEMPTS_WRITING = ConcurrentHashMap.newKeySet();

    private LeaseWrites() {
    }

    /**
     * Notes that a checkpoint is about to be stored under {@code lease}, then says whether {@code lease} is the
     * run's current lease ({@link JdbcLeases#holds}, which locks the run's row for the rest of the transaction).
     */
    static boolean holds(Connection c, Lease lease) throws SQLException {
        if (lease.attempt() == 1) {
            FIRST_ATTEMPTS_WRITING.add(lease.token());
        }
        return JdbcLeases.holds(c, lease);
    }

    /** Whether the run may hold checkpoints as {@code lease}'s attempt records its end; forgets the lease. */
    static boolean mayHaveCheckpoints(Lease lease) {
        return FIRST_ATTEMPTS_WRITING.remove(lease.token()) || lease.attempt() != 1;
    }

    /** Forgets the lease, whose attempt has ended without a result (handed back). */
    static void forget(Lease lease) {
        FIRST_ATTEMPTS_WRITING.remove(lease.token());
    }
}
