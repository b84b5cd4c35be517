package org.evofit.core.optim;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Evaluates a batch of candidates on a fixed number of threads, each with its own
 * {@link Objective.Evaluator}. Every candidate's value depends only on the candidate, so the result
 * is the same for any thread count; only the speed changes. The helpers' CPU time is charged to the
 * thread that made the evaluation ({@link HelperCpu}).
 */
public final class ParallelEvaluation implements AutoCloseable {

    private final Objective.Evaluator[] evaluators;
    private final ExecutorService pool;
    private final LongAdder account = HelperCpu.account();

    /** Evaluation on {@code threads} threads (the calling one and threads - 1 helpers), one evaluator each. */
    public ParallelEvaluation(Objective objective, int threads) {
        evaluators = new Objective.Evaluator[threads];
        for (int t = 0; t < threads; t++) {
            evaluators[t] = objective.newEvaluator();
        }
        pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread th = new Thread(r, "evofit-eval");
            th.setDaemon(true);
            return th;
        }) : null;
    }

    /** The evaluator of the calling thread, for sequential work such as Nelder-Mead. */
    public Objective.Evaluator first() {
        return evaluators[0];
    }

    /** Writes the figure of merit of {@code candidates[i]} into {@code out[i]} for every i. */
    public void evaluate(double[][] candidates, double[] out) {
        if (pool == null) {
            for (int i = 0; i < candidates.length; i++) {
                out[i] = evaluators[0].evaluate(candidates[i]);
            }
            return;
        }
        // Work is handed out one candidate at a time so that slow candidates do not stall a lane.
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        int lanes = evaluators.length;
        CountDownLatch helpersDone = new CountDownLatch(lanes - 1);
        for (int lane = 1; lane < lanes; lane++) {
            Objective.Evaluator ev = evaluators[lane];
            pool.execute(() -> {
                try {
                    HelperCpu.charged(account, () -> drain(ev, candidates, out, next, failure));
                } finally {
                    helpersDone.countDown();
                }
            });
        }
        drain(evaluators[0], candidates, out, next, failure);
        // An interrupt lets the generation finish: the optimizer sees the flag at the next
        // generation boundary and checkpoints a complete generation.
        boolean interrupted = false;
        while (true) {
            try {
                helpersDone.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void drain(Objective.Evaluator ev, double[][] candidates, double[] out,
                              AtomicInteger next, AtomicReference<RuntimeException> failure) {
        int i;
        while ((i = next.getAndIncrement()) < candidates.length) {
            try {
                out[i] = ev.evaluate(candidates[i]);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return;
            } catch (StackOverflowError | OutOfMemoryError e) {
                // Not left to kill a helper thread silently: its candidates' figures of merit would
                // keep stale values. The calling thread rethrows it as the generation's failure.
                failure.compareAndSet(null, new IllegalStateException("a model evaluation failed: " + e, e));
                return;
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
