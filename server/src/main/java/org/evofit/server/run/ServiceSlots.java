package org.evofit.server.run;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.evofit.looper.FitSlots;
import org.evofit.looper.RunOutcome;

/**
 * The service's fit slots (--slots, one per core): every fit of every submission takes one while it
 * runs, so a sweep's independent runs fan out over the free slots and the fits at once never exceed
 * the slots. Waiting fits take them in two classes: members' and admins' first, guests' (untrusted, the lowest
 * priority) only when no other fit waits; within a class first come, first served, so a long sweep queues each
 * of its fits behind the ones asked for before, and a fit submitted after it starts as soon as a slot frees.
 * A running guest fit is never stopped for a member's: it keeps its slot until it ends. An account's fits hold
 * at most its role's {@code concurrent-runs} slots at once; its further fits wait, and the slot goes to the next
 * fit in line whose account is below its quota.
 */
final class ServiceSlots {

    /**
     * Whose fit asks for a slot.
     *
     * @param user the account ({@code ""} for none)
     * @param low  whether it waits behind every other (a guest's)
     * @param most the most slots the account's fits may hold at once
     */
    record Claim(String user, boolean low, long most) {
        /** A fit of no account in particular, with no quota: the single user's, or a submission from before accounts. */
        static final Claim ANYONE = new Claim("", false, Long.MAX_VALUE);
    }

    /** A fit waiting for a slot: its claim, then its place in the line. */
    private static final class Waiter {
        final Claim claim;
        final long ticket;
        boolean granted;

        Waiter(Claim claim, long ticket) {
            this.claim = claim;
            this.ticket = ticket;
        }
    }

    private final TreeSet<Waiter> waiting = new TreeSet<>(
            Comparator.comparing((Waiter w) -> w.claim.low()).thenComparingLong(w -> w.ticket));
    private final Map<String, Integer> held = new HashMap<>();
    private int free;
    private long tickets;

    ServiceSlots(int count) {
        this.free = count;
    }

    /**
     * The gate of one submission's fits: while a fit waits or runs, its thread is in {@code l.fitThreads}
     * (a cancel or a shutdown interrupts it); a fit of a stopping submission does not start.
     *
     * @param stopping whether the submission is cancelled or the service closing
     * @param claim    whose fits they are: a guest's wait behind every other, and an account's hold at most its quota
     * @param started  told on the fit's thread each time one of the submission's fits takes a slot
     */
    FitSlots of(Live l, BooleanSupplier stopping, Claim claim, Runnable started) {
        return (spec, fit) -> {
            if (stopping.getAsBoolean()) {
                return RunOutcome.interrupted(spec);
            }
            Thread thread = Thread.currentThread();
            l.fitThreads.add(thread);
            l.fitWaiting(1);
            try {
                acquire(claim);
            } catch (InterruptedException e) {
                // Not passed on: the stop is the submission's state, which every later fit of it checks.
                l.fitThreads.remove(thread);
                return RunOutcome.interrupted(spec);
            } finally {
                l.fitWaiting(-1);
            }
            try {
                if (stopping.getAsBoolean()) {
                    return RunOutcome.interrupted(spec);
                }
                l.fitStarted();
                started.run();
                try {
                    return fit.get();
                } finally {
                    l.fitEnded(spec.id());
                }
            } finally {
                release(claim);
                l.fitThreads.remove(thread);
            }
        };
    }

    /** {@link #of(Live, BooleanSupplier, Claim, Runnable)} for {@link Claim#ANYONE}. */
    FitSlots of(Live l, BooleanSupplier stopping, Runnable started) {
        return of(l, stopping, Claim.ANYONE, started);
    }

    /** Fits waiting for a slot now (tests follow the queue by it rather than by time). */
    synchronized int waiting() {
        return waiting.size();
    }

    private synchronized void acquire(Claim claim) throws InterruptedException {
        Waiter w = new Waiter(claim, tickets++);
        waiting.add(w);
        grant();
        try {
            while (!w.granted) {
                wait();
            }
        } catch (InterruptedException e) {
            if (w.granted) {
                // Granted as the interrupt came: hand the slot on rather than lose it.
                release(claim);
            } else {
                waiting.remove(w);
            }
            throw e;
        }
    }

    private synchronized void release(Claim claim) {
        free++;
        held.computeIfPresent(claim.user(), (u, n) -> n > 1 ? n - 1 : null);
        grant();
    }

    /** Gives the free slots to the first waiting fits, in line, whose accounts are below their quota. */
    private void grant() {
        boolean any = false;
        for (Iterator<Waiter> it = waiting.iterator(); it.hasNext() && free > 0; ) {
            Waiter w = it.next();
            if (held.getOrDefault(w.claim.user(), 0) < w.claim.most()) {
                it.remove();
                free--;
                held.merge(w.claim.user(), 1, Integer::sum);
                w.granted = true;
                any = true;
            }
        }
        if (any) {
            notifyAll();
        }
    }
}
