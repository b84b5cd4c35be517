package org.evofit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.StepListener;

/**
 * Shows a sampling run's progress on stderr: the step, the share done, the time so far and the
 * estimated time left (from the pace of the steps this process ran), every few seconds and at the end.
 */
final class SampleProgress implements StepListener {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final int steps;
    private final long started = System.nanoTime();
    private long lastPrint = started;
    private int firstStep = -1;

    SampleProgress(PrintWriter err, int steps) {
        this.err = err;
        this.steps = steps;
    }

    /** A printer, or nothing when quiet. */
    static StepListener forConsole(PrintWriter err, boolean quiet, int steps) {
        return quiet ? StepListener.NONE : new SampleProgress(err, steps);
    }

    @Override
    public void onStep(Chain chain) {
        int step = chain.steps();
        if (firstStep < 0) {
            firstStep = step - 1;
        }
        long now = System.nanoTime();
        if (step < steps && now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - started) / 1e9;
        double left = elapsed / (step - firstStep) * (steps - step);
        err.println(String.format(Locale.ROOT, "sample: step %d/%d (%.1f %%), %.1f s, ETA %.0f s", step, steps,
                100.0 * step / steps, elapsed, left));
        err.flush();
    }
}
