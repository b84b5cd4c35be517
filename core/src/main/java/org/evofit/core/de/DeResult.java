package org.evofit.core.de;

/**
 * The outcome of a differential-evolution run.
 *
 * @param best        best free-parameter vector found
 * @param bestFom     its figure of merit
 * @param generations generations run (not counting the initial population)
 * @param evaluations figure-of-merit evaluations made
 * @param seconds     wall-clock seconds of the run
 * @param history     best figure of merit after each generation; entry 0 is the initial population
 * @param log         the newest evaluations, for GenX's error bars
 * @param stopReason  why the run ended
 */
public record DeResult(double[] best, double bestFom, int generations, long evaluations,
                       double seconds, double[] history, EvaluationLog log, StopReason stopReason) {

    /** Why a run ended. */
    public enum StopReason {
        /** The planned number of generations ran. */
        MAX_GENERATIONS,
        /** The population's spread fell below the minimum. */
        MIN_SPREAD,
        /** The thread was interrupted; the best so far is returned. */
        INTERRUPTED,
        /**
         * The listener said the fit's CPU budget was spent ({@link GenerationListener#budgetSpent()}): the best so
         * far is the result, finished (refined, error bars) and written like one that ran all its generations.
         */
        CPU_BUDGET
    }

    /** Evaluations per wall-clock second. */
    public double evaluationsPerSecond() {
        return seconds > 0 ? evaluations / seconds : 0;
    }
}
