package org.evofit.looper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.MDC;

/**
 * Runs fits on a pool of {@code jobs} threads in this process. Each fit evaluates its population on
 * its own threads too; the runs of a chained sequence run one after another, in one task; {@link #threadsPerFit} splits the cores so the two do not oversubscribe them.
 */
public final class LocalDispatcher implements Dispatcher {

    private final int jobs;
    private final RunExecutor executor;
    private final FitSlots slots;

    /**
     * @param jobs     fits run at the same time
     * @param executor runs one fit
     */
    public LocalDispatcher(int jobs, RunExecutor executor) {
        this(jobs, executor, FitSlots.NONE);
    }

    /**
     * @param jobs     fits of this sweep run at the same time at most
     * @param executor runs one fit
     * @param slots    where each fit waits for a slot it shares with other sweeps
     */
    public LocalDispatcher(int jobs, RunExecutor executor, FitSlots slots) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
        this.executor = executor;
        this.slots = slots;
    }

    /** Threads per fit so that jobs × threads ≤ cores (at least 1). */
    public static int threadsPerFit(int jobs, int cores) {
        return Math.max(1, cores / Math.max(1, jobs));
    }

    @Override
    public void run(List<RunSpec> runs, Consumer<RunOutcome> finished) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, runs.size())), r -> {
            Thread t = new Thread(r, "evofit-loop");
            t.setDaemon(true);
            return t;
        });
        // One lock for the callback, so listeners need not be thread-safe.
        Object lock = new Object();
        // The caller's logging context (a service request's correlation id) goes with its fits.
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            List<Future<?>> futures = new ArrayList<>();
            // A chain is one task: its runs depend on each other, different chains do not.
            for (List<RunSpec> chain : Chains.of(runs)) {
                futures.add(pool.submit(() -> {
                    if (logContext != null) {
                        MDC.setContextMap(logContext);
                    }
                    for (RunSpec spec : chain) {
                        RunOutcome outcome;
                        try {
                            outcome = slots.run(spec, () -> executor.execute(spec));
                        } catch (RuntimeException | Error e) {
                            outcome = RunOutcome.failed(spec, String.valueOf(e));
                        }
                        synchronized (lock) {
                            finished.accept(outcome);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // Only a listener can throw here; the sweep's state is on disk, so stop.
                    throw new IllegalStateException("a run listener failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the sweep", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
