package org.evofit.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for something slow (a sweep on the cluster, workers joining) without a fixed total: the wait
 * goes on as long as an observable sign of progress keeps changing (run states, workers checked in) and
 * gives up only after {@code stall} without any change. On a machine loaded twenty-fold the awaited
 * thing takes twenty times as long but still moves, so the wait still succeeds; a hung one still ends.
 */
final class ProgressWait {

    /** The wait gave up: nothing changed for the stall limit. */
    static final class Stalled extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Stalled(String message) {
            super(message);
        }
    }

    private ProgressWait() {
    }

    /**
     * Polls {@code done} every {@code poll} until it holds.
     *
     * @param what     what is awaited, for the message
     * @param progress a snapshot of whatever changes while the awaited thing is on its way; compared by equals
     * @throws Stalled when {@code progress} did not change for {@code stall}; its message says what was last seen
     */
    static void until(String what, BooleanSupplier done, Supplier<?> progress, Duration stall, Duration poll)
            throws InterruptedException {
        Object last = progress.get();
        long lastChange = System.nanoTime();
        while (!done.getAsBoolean()) {
            Object now = progress.get();
            if (!Objects.equals(now, last)) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stall.toNanos()) {
                throw new Stalled("no progress for " + stall.toSeconds() + " s while waiting until " + what
                        + " (last seen: " + last + ")");
            }
            Thread.sleep(poll.toMillis());
        }
    }
}
