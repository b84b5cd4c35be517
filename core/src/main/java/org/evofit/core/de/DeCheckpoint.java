package org.evofit.core.de;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.optim.Objective;

/**
 * Everything differential evolution needs to continue a run at a generation boundary, so that the
 * continued run ends exactly as an uninterrupted one with the same seed would. The random state is
 * not stored: {@link org.evofit.core.optim.RandomStreams} derives each generation's stream from (seed, generation).
 *
 * <p>Phases: with {@link DeSettings#restarts()} r, phases 0 to r-1 are the independent runs and,
 * when they are screened ({@link DeSettings#restartGenerations()} &gt; 0), phase r is the final
 * continuation of the best one. A checkpoint holds the current phase's state, the best finished run
 * of the earlier phases (while restarts are being run) and the counts of the finished phases. With screened restarts run in rounds
 * ({@link DeSettings#screenRound()}), a checkpoint taken during a round holds the round's first restart
 * as the current phase: the round's other restarts are run again on resume, to the same results.
 *
 * <p>Binary format ({@link #toBytes()}), big-endian through {@code DataOutputStream}, doubles as
 * raw IEEE-754 bits, arrays as an int length followed by their elements:
 * <pre>
 * int magic 0x45564445 ("EVDE"), int version (5; 3 lacks screenRound, read as 1; 1 lacks screenDrop too, read as 0)
 * fingerprint: int dimension; double[] lower, upper, start; the settings: UTF strategy, double km,
 *              kr, int population, populationMultiplier, generations, generationMultiplier, double
 *              minSpread, boolean useStartGuess, UTF boundaries, long seed, int logCapacity,
 *              restarts, restartGenerations, double startSpread, int screenDrop, int screenRound
 * int phase, int generation, long evaluations, int completedGenerations
 * run current; boolean hasBestRun, [run bestRun]
 * jade: double kmMean, krMean, successKmSum, successKmSquares, successKrSum, int successes
 * matrix lastTrials
 * int CRC-32 of all bytes before it
 * run:    long seed, int firstGeneration, int generation, long evaluations, byte stopReason (-1: running),
 *         matrix members, double[] foms, double[] best, double bestFom, double[] history,
 *         log: int capacity, int dimension, int size, size x dimension doubles (oldest first), size doubles
 * matrix: int rows, int columns, rows x columns doubles
 * </pre>
 * Its size is dominated by the evaluation logs: (dimension + 1) x 8 bytes per logged evaluation.
 *
 * @param fingerprint          the problem and settings the checkpoint belongs to
 * @param phase                the restart run (0 ...) or, after the screened runs, the final continuation
 * @param generation           the global generation, as numbered in {@link GenerationReport}
 * @param evaluations          figure-of-merit evaluations of all phases so far
 * @param completedGenerations generations of the finished phases
 * @param current              the current phase's state
 * @param bestRun              the best finished run of the earlier phases ({@code null} when none)
 * @param jade                 jade_best's adaptation state in the current phase
 * @param lastTrials           the current phase's last trial vectors (simplex_best_1_bin sizes its steps by them)
 */
public record DeCheckpoint(Fingerprint fingerprint, int phase, int generation, long evaluations,
                           int completedGenerations, RunState current, RunState bestRun, Jade jade,
                           double[][] lastTrials) {

    /** Checks that the required parts are there. */
    public DeCheckpoint {
        if (fingerprint == null || current == null || jade == null || lastTrials == null) {
            throw new IllegalArgumentException("a checkpoint needs a fingerprint, a current run, jade state and trials");
        }
    }

    /** The checkpoint in the versioned binary format described above. */
    public byte[] toBytes() {
        return CheckpointFormat.write(this);
    }

    /**
     * Reads a checkpoint written by {@link #toBytes()}; throws IllegalArgumentException when the
     * bytes are truncated, corrupted or of an unknown version.
     */
    public static DeCheckpoint fromBytes(byte[] bytes) {
        return CheckpointFormat.read(bytes);
    }

    /**
     * What a checkpoint may be resumed with: the objective's dimension, bounds and start values,
     * every algorithm setting and the evaluation log's capacity (which jade_best and the error bars
     * read). The thread count is not part of it: it never changes the result.
     *
     * @param dimension   free parameters
     * @param lower       lower bounds
     * @param upper       upper bounds
     * @param start       start values
     * @param settings    the algorithm settings
     * @param logCapacity the evaluation log's capacity
     */
    public record Fingerprint(int dimension, double[] lower, double[] upper, double[] start, DeSettings settings,
                              int logCapacity) {

        /** The fingerprint of an objective optimised with the settings and that log capacity. */
        public static Fingerprint of(Objective objective, DeSettings settings, int logCapacity) {
            return new Fingerprint(objective.dimension(), objective.lower().clone(), objective.upper().clone(),
                    objective.start().clone(), settings, logCapacity);
        }

        /**
         * Throws IllegalArgumentException naming every difference when {@code now} is not the
         * problem and settings this fingerprint was taken from.
         */
        public void requireSame(Fingerprint now) {
            List<String> differences = new ArrayList<>();
            if (dimension != now.dimension) {
                differences.add("dimension (checkpoint " + dimension + ", now " + now.dimension + ")");
            } else {
                compare("lower bound", lower, now.lower, differences);
                compare("upper bound", upper, now.upper, differences);
                compare("start value", start, now.start, differences);
            }
            for (RecordComponent c : DeSettings.class.getRecordComponents()) {
                Object a = valueOf(c, settings);
                Object b = valueOf(c, now.settings);
                if (!a.equals(b)) {
                    differences.add(c.getName() + " (checkpoint " + a + ", now " + b + ")");
                }
            }
            if (logCapacity != now.logCapacity) {
                differences.add("logCapacity (checkpoint " + logCapacity + ", now " + now.logCapacity + ")");
            }
            if (!differences.isEmpty()) {
                throw new IllegalArgumentException("the checkpoint belongs to another problem or settings: "
                        + String.join("; ", differences) + " differ");
            }
        }

        private static void compare(String what, double[] a, double[] b, List<String> differences) {
            for (int d = 0; d < a.length; d++) {
                if (Double.doubleToLongBits(a[d]) != Double.doubleToLongBits(b[d])) {
                    differences.add(what + " of free parameter " + d + " (checkpoint " + a[d] + ", now " + b[d] + ")");
                    return;
                }
            }
        }

        /** Every setting of the algorithm, read through the record, so a new one is compared without a list. */
        private static Object valueOf(RecordComponent c, DeSettings s) {
            try {
                return c.getAccessor().invoke(s);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("DeSettings." + c.getName() + " cannot be read", e);
            }
        }
    }

    /**
     * One run's state at a generation boundary (or at its end).
     *
     * @param seed            the run's seed
     * @param firstGeneration the random stream's generation before the run's first (a continuation
     *                        goes on with its screened run's numbering)
     * @param generation      generations the run has finished
     * @param evaluations     evaluations the run has made
     * @param stopReason      why the run ended ({@code null} while it goes on)
     * @param members         the population
     * @param foms            the members' figures of merit
     * @param best            the best vector found
     * @param bestFom         its figure of merit
     * @param history         best figure of merit per generation, 0 to {@code generation}
     * @param log             the run's evaluation log
     */
    public record RunState(long seed, int firstGeneration, int generation, long evaluations,
                           DeResult.StopReason stopReason, double[][] members, double[] foms,
                           double[] best, double bestFom, double[] history, LogEntries log) {
    }

    /**
     * jade_best's adaptation state between two generations.
     *
     * @param kmMean           running mean of km
     * @param krMean           running mean of kr
     * @param successKmSum     sum of the last generation's successful km
     * @param successKmSquares sum of their squares
     * @param successKrSum     sum of the successful kr
     * @param successes        successful trials in the last generation
     */
    public record Jade(double kmMean, double krMean, double successKmSum, double successKmSquares,
                       double successKrSum, int successes) {
    }
}
