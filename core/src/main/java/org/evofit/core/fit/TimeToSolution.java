package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.evofit.core.de.GenerationListener;

/**
 * How long a fit takes to reach the answer: the wall time from the start of the fit with the given
 * settings until its figure of merit first reaches the target, over several seeds. A listener on the
 * fit's own thread stops the clock at the first generation whose best figure of merit is at or below
 * the target, and stops the fit there (the rest would only refine an answer already reached); a fit
 * that ends without reaching it by differential evolution may still reach it by its refinement, and
 * one that does not is a failure. Every seed must reach the target for the median to mean what it says.
 *
 * <pre>{@code
 * TimeToSolution.Report r = TimeToSolution.measure(problem, settings, 0.0977, 20, 1, run -> { });
 * }</pre>
 */
public final class TimeToSolution {

    /**
     * One seed's fit.
     *
     * @param seed        the optimizer's seed
     * @param reached     whether the fit reached the target
     * @param seconds     wall time to the target (or to the fit's end when it did not reach it)
     * @param evaluations figure-of-merit evaluations spent until then
     * @param fom         the best figure of merit then
     */
    public record Run(long seed, boolean reached, double seconds, long evaluations, double fom) {
    }

    /**
     * The seeds' fits.
     *
     * @param target the figure of merit to reach
     * @param runs   one per seed, in seed order
     */
    public record Report(double target, List<Run> runs) {

        /** Copies the list. */
        public Report {
            runs = List.copyOf(runs);
        }

        /** The seeds that did not reach the target. */
        public List<Run> failures() {
            return runs.stream().filter(r -> !r.reached()).toList();
        }

        /** The q-quantile (0 to 1, linear between order statistics) of the seconds of every run. */
        public double secondsQuantile(double q) {
            return quantile(runs.stream().mapToDouble(Run::seconds).toArray(), q);
        }

        /** The q-quantile of the evaluations of every run. */
        public double evaluationsQuantile(double q) {
            return quantile(runs.stream().mapToDouble(Run::evaluations).toArray(), q);
        }
    }

    private TimeToSolution() {
    }

    /**
     * Fits the problem with seeds {@code firstSeed} to {@code firstSeed + seeds - 1} (the settings'
     * seed replaced), one after another, each measured as the class says; {@code each} hears each run.
     */
    public static Report measure(FitProblem problem, FitSettings settings, double target, int seeds, long firstSeed,
                                 Consumer<Run> each) {
        if (seeds < 1) {
            throw new IllegalArgumentException("at least one seed is needed, got " + seeds);
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("the target figure of merit must be finite, got " + target);
        }
        List<Run> runs = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            Run run = run(problem, settings.withDe(settings.de().withSeed(seed)), target);
            runs.add(run);
            each.accept(run);
        }
        return new Report(target, runs);
    }

    /** One fit, stopped as soon as it reaches the target. */
    public static Run run(FitProblem problem, FitSettings settings, double target) {
        Thread fitting = Thread.currentThread();
        long started = System.nanoTime();
        long[] reachedAt = {-1, 0};
        GenerationListener listener = report -> {
            if (reachedAt[0] < 0 && report.bestFom() <= target) {
                reachedAt[0] = System.nanoTime();
                reachedAt[1] = report.evaluations();
                // Ends the fit at this generation boundary: the answer is there.
                fitting.interrupt();
            }
        };
        FitResult result;
        try {
            result = Fitter.fit(problem, settings, listener);
        } finally {
            if (reachedAt[0] >= 0) {
                Thread.interrupted();
            }
        }
        long ended = System.nanoTime();
        if (reachedAt[0] >= 0) {
            return new Run(settings.de().seed(), true, (reachedAt[0] - started) / 1e9, reachedAt[1], result.fom());
        }
        return new Run(settings.de().seed(), result.fom() <= target, (ended - started) / 1e9, result.evaluations(),
                result.fom());
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }
}
