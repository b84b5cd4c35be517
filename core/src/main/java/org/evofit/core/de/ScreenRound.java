package org.evofit.core.de;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.evofit.core.de.DifferentialEvolution.Phase;
import org.evofit.core.de.DifferentialEvolution.Run;
import org.evofit.core.optim.HelperCpu;
import org.evofit.core.optim.Objective;

/**
 * One round of screened restarts run side by side ({@link DeSettings#screenRound()}): the calling thread
 * and up to {@code threads - 1} helpers each take the round's next restart until none is left, every
 * restart evaluating its own population on its own thread. The restarts share nothing (each is dropped
 * by the best run of the rounds before), so their results do not depend on which thread ran them.
 *
 * <p>The calling thread runs the round's first restart, the only one that saves checkpoints, and is the
 * one whose listener is asked whether the CPU budget is spent (the helpers stop when it says so). An
 * interrupt of the calling thread, before or during the round, is passed on to the helpers (and one of
 * a helper to the calling thread): each running restart stops at its next generation boundary and no
 * further one is started.
 */
final class ScreenRound {

    private final Objective objective;
    private final List<DeSettings> settings;
    private final List<Phase> phases;
    private final Thread caller = Thread.currentThread();
    private final Run[] done;
    private final AtomicInteger next = new AtomicInteger(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final RoundListener listener;
    private volatile boolean stop;

    private ScreenRound(Objective objective, List<DeSettings> settings, List<Phase> phases, RoundListener listener) {
        this.objective = objective;
        this.settings = settings;
        this.phases = phases;
        this.done = new Run[phases.size()];
        this.listener = listener;
    }

    /**
     * Runs restart j with {@code settings.get(j)} in {@code phases.get(j)} (single-threaded phases), on
     * {@code threads} threads at most; the runs in restart order, {@code null} for one that an interrupt,
     * the CPU budget or a failure kept from starting.
     */
    static List<Run> run(Objective objective, List<DeSettings> settings, List<Phase> phases, int threads,
                         RoundListener listener) {
        ScreenRound round = new ScreenRound(objective, settings, phases, listener);
        List<Thread> helpers = new ArrayList<>();
        LongAdder account = HelperCpu.account();
        for (int t = 1; t < Math.min(threads, phases.size()); t++) {
            Thread helper = new Thread(() -> HelperCpu.charged(account, round::drain), "evofit-round");
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
        round.runOne(0);
        round.drain();
        round.await(helpers);
        Throwable f = round.failure.get();
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f != null) {
            throw (Error) f;
        }
        return Arrays.asList(round.done);
    }

    private void drain() {
        for (int j = next.getAndIncrement(); j < done.length && !stop; j = next.getAndIncrement()) {
            runOne(j);
        }
    }

    private void runOne(int j) {
        if (stop || Thread.currentThread().isInterrupted()) {
            stop = true;
            return;
        }
        try {
            Run run = SingleRun.run(objective, settings.get(j), listener.of(j, caller), null, phases.get(j));
            done[j] = run;
            DeResult.StopReason why = run.result().stopReason();
            if (why == DeResult.StopReason.INTERRUPTED || why == DeResult.StopReason.CPU_BUDGET) {
                stop = true;
            }
            if (why == DeResult.StopReason.INTERRUPTED && Thread.currentThread() != caller) {
                // An interrupt of a helper stops the whole fit, as one of the fit's thread does.
                caller.interrupt();
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stop = true;
        }
    }

    /** Waits for the helpers, passing an interrupt of the calling thread on to them (and keeping it set). */
    private void await(List<Thread> helpers) {
        boolean interrupted = Thread.currentThread().isInterrupted();
        for (Thread helper : helpers) {
            while (true) {
                if (interrupted) {
                    helpers.forEach(Thread::interrupt);
                }
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
