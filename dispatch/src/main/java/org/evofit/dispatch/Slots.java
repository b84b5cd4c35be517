package org.evofit.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A worker's slot threads: each claims the next run straight from the run store ({@link RunClaims}), runs it,
 * and goes on with the run claimed in the transaction that recorded it ({@link RunClaims#recordingThenClaiming}), or
 * claims again when that found none; with nothing to claim it waits until {@link #wake} (the submitters' NOTIFY, {@link Wakeups})
 * or {@link RunClaims#POLL} has passed, which also finds runs no NOTIFY announced: a dead worker's once its
 * heartbeat is stale, runs whose NOTIFY was lost. There is no lock that every start and completion in the
 * cluster queues on: concurrent claims skip one another's rows.
 *
 * <p>Stopping is not claiming: after {@link #stop} a slot ends once its run (if any) has ended, and a run claimed as
 * the last one ended is handed to {@code run} all the same, which gives it back.
 */
final class Slots {

    private final Supplier<Optional<RunClaims.Claimed>> claims;
    private final Function<RunClaims.Claimed, Optional<RunClaims.Claimed>> run;
    private final EventLog log;
    private final String worker;
    private final List<Thread> threads = new ArrayList<>();
    /** Guards {@link #wakes}, and what an idle slot waits on. */
    private final Object idle = new Object();
    /** Counts the wakes, so that one arriving while a slot claims is not slept through. */
    private long wakes;
    private volatile boolean stopping;

    /**
     * @param count  how many slot threads
     * @param claims the next claim, if any ({@link RunClaims#nextClaim})
     * @param run    what a slot does with a claimed run (ending the claim: {@link RunClaims#ended}); it returns the
     *               next run, if it claimed one as the run ended
     * @param worker the worker's name, for the log
     */
    Slots(int count, Supplier<Optional<RunClaims.Claimed>> claims,
          Function<RunClaims.Claimed, Optional<RunClaims.Claimed>> run, EventLog log, String worker) {
        this.claims = claims;
        this.run = run;
        this.log = log;
        this.worker = worker;
        for (int i = 1; i <= count; i++) {
            Thread t = new Thread(this::loop, "evofit-slot-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
    }

    /** Starts the slot threads. */
    void start() {
        threads.forEach(Thread::start);
    }

    /** Tells the idle slots to look for work now. */
    void wake() {
        synchronized (idle) {
            wakes++;
            idle.notifyAll();
        }
    }

    /** Takes no more runs; the slots end as their runs end. */
    void stop() {
        stopping = true;
        wake();
    }

    /**
     * Waits until every slot has ended, at most until {@code deadline} ({@link System#nanoTime}).
     *
     * @return whether they all have
     */
    boolean awaitEnded(long deadline) throws InterruptedException {
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, left / 1_000_000));
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private void loop() {
        Optional<RunClaims.Claimed> next = Optional.empty();
        // A run claimed with the last one's end is the slot's to run or give back, stopping or not.
        while (next.isPresent() || !stopping) {
            long seen;
            synchronized (idle) {
                seen = wakes;
            }
            Optional<RunClaims.Claimed> claimed = next.isPresent() ? next : claim();
            if (claimed.isPresent()) {
                next = runKeepingTheSlot(claimed.get());
            } else {
                awaitWork(seen);
            }
        }
    }

    private Optional<RunClaims.Claimed> claim() {
        try {
            return claims.get();
        } catch (RuntimeException e) {
            // The store is unreachable: look again after the poll.
            log.event("error", null, null, worker, "cannot claim: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A run whose end cannot be written (the store lost as it is handed back, say) must not take its slot with
     * it: the run stays under this worker's name, held by no slot, and the periodic hand-back returns it.
     */
    private Optional<RunClaims.Claimed> runKeepingTheSlot(RunClaims.Claimed claimed) {
        try {
            return run.apply(claimed);
        } catch (RuntimeException e) {
            Lease l = claimed.lease();
            log.event("error", l.sweep(), l.run(), worker, "slot kept after: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void awaitWork(long seen) {
        synchronized (idle) {
            try {
                if (!stopping && wakes == seen) {
                    idle.wait(RunClaims.POLL.toMillis());
                }
            } catch (InterruptedException e) {
                // Interrupted by a stopping worker: the loop looks at stopping.
            }
        }
    }
}
