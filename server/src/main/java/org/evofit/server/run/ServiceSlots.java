package org.evofit.server.run;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.evofit.looper.FitSlots;
import org.evofit.looper.RunOutcome;

/**
 * The service's fit slots (--slots, one per core): every fit of every submission takes one while it
 * runs, so a sweep's independent runs fan out over the free slots and the fits at once never exceed
 * the slots. Waiting fits take them first come, first served: a long sweep queues each of its fits
 * behind the ones asked for before, so a fit submitted after it starts as soon as a slot frees.
 */
final class ServiceSlots {

    private final Semaphore free;

    ServiceSlots(int count) {
        this.free = new Semaphore(count, true);
    }

    /**
     * The gate of one submission's fits: while a fit waits or runs, its thread is in {@code l.fitThreads}
     * (a cancel or a shutdown interrupts it); a fit of a stopping submission does not start.
     *
     * @param stopping whether the submission is cancelled or the service closing
     * @param started  told on the fit's thread each time one of the submission's fits takes a slot
     */
    FitSlots of(Live l, BooleanSupplier stopping, Runnable started) {
        return (spec, fit) -> {
            if (stopping.getAsBoolean()) {
                return RunOutcome.interrupted(spec);
            }
            Thread thread = Thread.currentThread();
            l.fitThreads.add(thread);
            try {
                free.acquire();
            } catch (InterruptedException e) {
                // Not passed on: the stop is the submission's state, which every later fit of it checks.
                l.fitThreads.remove(thread);
                return RunOutcome.interrupted(spec);
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
                free.release();
                l.fitThreads.remove(thread);
            }
        };
    }
}
