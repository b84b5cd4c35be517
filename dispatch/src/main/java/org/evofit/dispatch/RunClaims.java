package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A slot's claim of the next run straight from the run store (PostgreSQL): one transaction picks the most
 * urgent claimable run with {@code FOR UPDATE SKIP LOCKED}, so concurrent slots of all workers pick different
 * runs without waiting on one another, and takes a lease on it.
 *
 * <p>Claimable: a queued run whose predecessor (if any) is done, or a running run whose worker is dead (no
 * heartbeat for {@link Presence#ALIVE}) or is this worker's predecessor under the same name (started before
 * this worker). The order: the sweep's priority first (guests' runs last), then the time the
 * run was queued, then its position. An owner's bound on runs held at once ({@code owner_limits}) is kept
 * by locking the owner's row after the pick and counting its running runs then: two skip-locked picks do not
 * see each other, but the second waits for the first's row lock and counts its claim.
 *
 * <p>It also knows which leases its slots hold (from the claim to {@link #ended}), so that it can hand back
 * a run whose claim committed while its acknowledgement was lost ({@link #handBackUnheld}): the retried
 * transaction claims another run, and the first stays running under this live worker, which no other
 * worker recovers and no slot of this one fits.
 */
final class RunClaims {

    static final String PICK = "SELECT r.sweep, r.id, s.owner, r.status FROM runs r JOIN sweeps s ON s.id = r.sweep "
            + "WHERE ((r.status = 'queued' AND (r.start_from IS NULL OR EXISTS (SELECT 1 FROM runs p "
            + "WHERE p.sweep = r.sweep AND p.id = r.start_from AND p.status = 'done'))) "
            + "OR (r.status = 'running' AND ((r.worker = ? AND r.started < ?) OR NOT EXISTS (SELECT 1 FROM workers w "
            + "WHERE w.name = r.worker AND w.heartbeat > ?)))) "
            + "AND (s.owner IS NULL OR NOT (s.owner = ANY (?))) "
            + "ORDER BY s.priority DESC, r.queued, r.position LIMIT 1 FOR UPDATE OF r SKIP LOCKED";

    private final JdbcAccess access;
    private final String worker;
    private final Instant started;
    /** The leases this worker's slots hold, by token. */
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    /** Shared by claims (from the transaction until the lease is among {@link #held}), exclusive for a hand-back. */
    private final ReadWriteLock claiming = new ReentrantReadWriteLock();

    /**
     * @param worker  the claiming worker's name
     * @param started when it started: its runs started before were its predecessor's under the same name
     */
    RunClaims(JdbcAccess access, String worker, Instant started) {
        this.access = access;
        this.worker = worker;
        this.started = started;
    }

    /**
     * A claimed run.
     *
     * @param lease      the lease taken
     * @param recovering whether the run was running under a dead worker (or this one's predecessor) until now
     * @param start      the run's spec and what its fit needs, read in the claim's transaction
     */
    record Claimed(Lease lease, boolean recovering, RunStartQuery.Read start) {
    }

    /**
     * A run {@link #handBackUnheld} put back in the queue.
     *
     * @param sweep its sweep
     * @param run   its id in the sweep
     */
    record HandedBack(String sweep, String run) {
    }

    /** Claims the next run, or empty when none can be claimed now. */
    Optional<Lease> next() {
        return nextClaim().map(Claimed::lease);
    }

    /** Claims the next run, saying whether it is a recovery, or empty when none can be claimed now. */
    Optional<Claimed> nextClaim() {
        return recordingThenClaiming(access::tx, claimed -> claimed);
    }

    /**
     * Runs {@code recording}, a slot's transaction that records its run's end, handing it the claim of the next run to
     * do in that same transaction once the end is recorded ({@link JdbcLeases#recordResult(Lease, double, java.util.Map,
     * double, Transactions.Work)}): one commit for both, and the slot goes from one run to the next without a
     * transaction, a connection or a wait of the claim's own. What it claimed is held from then on, as {@link
     * #nextClaim}'s claims are. A transaction retried after its acknowledgement was lost claims afresh; its first
     * claim, held by no slot, goes back to the queue with the next {@link #handBackUnheld}.
     *
     * @param claimed what the recording claimed, from what it returned (null or empty: nothing)
     */
    <T> T recordingThenClaiming(Function<Transactions.Work<Optional<Claimed>>, T> recording,
                                Function<T, Optional<Claimed>> claimed) {
        claiming.readLock().lock();
        try {
            T out = recording.apply(this::pickAfterRecording);
            Optional<Claimed> next = claimed.apply(out);
            if (next != null) {
                next.ifPresent(c -> held.put(c.lease().token(), c.lease()));
            }
            return out;
        } finally {
            claiming.readLock().unlock();
        }
    }

    /** The leases the slots hold now: their runs claimed, started or not, and not ended yet. */
    List<Lease> held() {
        return List.copyOf(held.values());
    }

    /** Forgets a lease its slot no longer holds: the run was recorded, handed back or lost to another worker. */
    void ended(Lease lease) {
        held.remove(lease.token());
    }

    /**
     * Puts back in the queue the runs running under this worker's name whose lease none of its slots holds:
     * claims whose commit's acknowledgement was lost, and runs its predecessor under the name left behind.
     * Claims under way wait for it (and it for them), so a claim is never taken for lost before its slot has it.
     * The run keeps its place in the queue: it never started.
     *
     * @return the runs handed back
     */
    List<HandedBack> handBackUnheld() {
        claiming.writeLock().lock();
        try {
            return access.tx(c -> {
                List<HandedBack> back = new ArrayList<>();
                Transactions.forEachRow(c, "UPDATE runs SET status = 'queued', lease = NULL WHERE status = 'running' "
                        + "AND worker = ? AND NOT (lease = ANY (?)) RETURNING sweep, id",
                        rs -> back.add(new HandedBack(rs.getString(1), rs.getString(2))), worker,
                        c.createArrayOf("text", held.keySet().toArray()));
                return back;
            });
        } finally {
            claiming.writeLock().unlock();
        }
    }

    /**
     * {@link #pick} in a recording's transaction, behind a savepoint: a next run that cannot be claimed (a row its
     * start cannot be read from, a failed statement) must not undo the recorded end of the run before it, whose fit
     * would then be run again, and again. The slot then claims on its own, where such a failure is logged and
     * retried after the poll as before.
     */
    private Optional<Claimed> pickAfterRecording(Connection c) throws SQLException {
        Savepoint recorded = c.setSavepoint();
        try {
            return pick(c);
        } catch (SQLException | RuntimeException e) {
            c.rollback(recorded);
            return Optional.empty();
        }
    }

    /** Claims the most urgent claimable run in the caller's transaction on {@code c}. */
    private Optional<Claimed> pick(Connection c) throws SQLException {
        List<String> full = new ArrayList<>();
        while (true) {
            Optional<Picked> picked = pickOne(c, full);
            if (picked.isEmpty()) {
                return Optional.empty();
            }
            Picked p = picked.get();
            if (p.owner() == null || !atBound(c, p)) {
                Lease lease = claim(c, p);
                // In the same transaction: the fit's reads cost no round trip of their own.
                return Optional.of(new Claimed(lease, p.recovering(),
                        RunStartQuery.readWithSpec(c, p.sweep(), p.run()).orElseThrow()));
            }
            // The row stays locked to the end of this transaction: a moment in which no one else claims it.
            full.add(p.owner());
        }
    }

    private Optional<Picked> pickOne(Connection c, List<String> fullOwners) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(PICK)) {
            long now = access.now();
            st.setString(1, worker);
            st.setLong(2, started.toEpochMilli());
            st.setLong(3, now - Presence.ALIVE.toMillis());
            st.setArray(4, c.createArrayOf("text", fullOwners.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Picked(rs.getString(1), rs.getString(2), rs.getString(3),
                        "running".equals(rs.getString(4))))
                        : Optional.empty();
            }
        }
    }

    /** Whether the run's owner holds as many runs as its bound, its bound's row locked for the rest of the claim. */
    private static boolean atBound(Connection c, Picked p) throws SQLException {
        int[] bound = {-1};
        Transactions.forEachRow(c, "SELECT max_running FROM owner_limits WHERE owner = ? FOR UPDATE",
                rs -> bound[0] = rs.getInt(1), p.owner());
        if (bound[0] < 0) {
            return false;
        }
        int[] held = {0};
        // Runs held by anyone (a dead worker's too, until recovered), the picked one aside (it may be recovered).
        Transactions.forEachRow(c, "SELECT COUNT(*) FROM runs r JOIN sweeps s ON s.id = r.sweep WHERE s.owner = ? "
                + "AND r.status = 'running' AND NOT (r.sweep = ? AND r.id = ?)", rs -> held[0] = rs.getInt(1),
                p.owner(), p.sweep(), p.run());
        return held[0] >= bound[0];
    }

    private Lease claim(Connection c, Picked p) throws SQLException {
        String token = UUID.randomUUID().toString();
        int[] attempt = {0};
        Transactions.forEachRow(c, "UPDATE runs SET status = 'running', lease = ?, worker = ?, attempts = attempts + 1, "
                + "started = ?, resumed_from = NULL WHERE sweep = ? AND id = ? RETURNING attempts",
                rs -> attempt[0] = rs.getInt(1), token, worker, access.now(), p.sweep(), p.run());
        return new Lease(p.sweep(), p.run(), token, worker, attempt[0]);
    }

    /** How long a poll waits between looks when no NOTIFY wakes the slot. */
    static final Duration POLL = Duration.ofSeconds(1);

    private record Picked(String sweep, String run, String owner, boolean recovering) {
    }
}
