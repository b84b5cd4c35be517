package org.evofit.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evofit.core.de.CheckpointSink;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeResult;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.DifferentialEvolution;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.optim.Objective;
import org.evofit.looper.RunSpec;

/**
 * What checkpoints cost a fit: the same fit with checkpoints saved into a SQLite run store under a
 * lease, as a worker saves them, and without, run alternately in one process so the ratio holds under
 * any load. Three cadences: the default (by time, capped at 1 % of the fit's time, here with no minimum
 * interval so the cap decides), every K generations incrementally, and every K generations whole, as
 * workers saved before checkpoints were incremental: K is 25, workers' old default, or an eighth of a
 * fit too short for several saves at 25.
 */
public final class CheckpointBench {

    /**
     * One cadence measured.
     *
     * @param cadence        what triggered the saves and how they were written
     * @param saves          checkpoints saved in the fit
     * @param wholeSaves     of which whole checkpoints (the rest increments)
     * @param bytes          bytes handed to the store in all
     * @param secondsWithout the fit's wall time without checkpoints (the fastest of the rounds)
     * @param secondsWith    with them (the fastest of the rounds)
     * @param savingSeconds  the time spent in the sink (writing the pieces and storing them), timed around each save
     *                       of the last round: what the checkpoints cost without the noise of two wall times
     * @param roundSeconds   that round's wall time
     */
    public record Report(String cadence, int saves, int wholeSaves, long bytes, double secondsWithout,
                         double secondsWith, double savingSeconds, double roundSeconds) {

        /** Mean bytes per save. */
        public double bytesPerSave() {
            return saves == 0 ? 0 : (double) bytes / saves;
        }

        /** The share of the last round's time spent saving (the time trigger's cap bounds it at 1 %). */
        public double savingShare() {
            return savingSeconds / roundSeconds;
        }

        /** The share of the fit's time the checkpoints added: with / without - 1. */
        public double overhead() {
            return secondsWith / secondsWithout - 1;
        }
    }

    private static final int ROUNDS = 3;
    private static final String SWEEP = "bench";
    private static final String RUN = "run";

    private CheckpointBench() {
    }

    /** Measures the three cadences for the fit, the store in {@code scratch} (a directory of its own). */
    public static List<Report> run(Objective objective, DeSettings settings, DeExecution execution, Path scratch) {
        try (Database db = Database.open(DbConfig.sqlite(scratch.resolve("checkpoints.db")), 2)) {
            RunSpec spec = new RunSpec(RUN, scratch.resolve("model.yaml"), null, new TreeMap<>(), settings.seed(),
                    new TreeMap<>());
            db.store().queue().addSweep(SWEEP, "sweep.yaml", List.of(spec), Map.of());
            Lease lease = db.store().leases().claim(SWEEP, RUN, "bench").orElseThrow();
            Counting counting = new Counting(db.store().checkpoints());
            int every = Math.max(1, Math.min(25, settings.generations() / 8));
            return List.of(
                    measure("by time, capped at 1 %, incremental", objective, settings, execution, counting,
                            () -> Checkpointing.every(0, Duration.ofNanos(1), incremental(counting, lease))),
                    measure("every " + every + " generations, incremental", objective, settings, execution, counting,
                            () -> Checkpointing.every(every, null, incremental(counting, lease))),
                    measure("every " + every + " generations, whole", objective, settings, execution, counting,
                            () -> Checkpointing.every(every, null, counting.timed(c -> counting.save(lease, c.generation(),
                                    c.toBytes())))));
        }
    }

    private interface Cadence {
        Checkpointing make();
    }

    private static CheckpointSink incremental(Counting counting, Lease lease) {
        return counting.timed(LeaseCheckpoints.sink(counting, lease, g -> { }, e -> {
            throw e;
        }, false));
    }

    private static Report measure(String name, Objective objective, DeSettings settings, DeExecution execution,
                                  Counting counting, Cadence cadence) {
        double[] without = new double[ROUNDS];
        double[] with = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            without[i] = DifferentialEvolution.optimize(objective, settings, execution, GenerationListener.NONE).seconds();
            counting.reset();
            DeResult r = DifferentialEvolution.optimize(objective, settings, execution, GenerationListener.NONE,
                    cadence.make());
            with[i] = r.seconds();
        }
        return new Report(name, counting.saves, counting.wholeSaves, counting.bytes, Arrays.stream(without).min().orElseThrow(),
                Arrays.stream(with).min().orElseThrow(), counting.nanos / 1e9, with[ROUNDS - 1]);
    }

    /** A checkpoint store that counts what it is handed. */
    private static final class Counting implements CheckpointStore {
        private final CheckpointStore store;
        private int saves;
        private int wholeSaves;
        private long bytes;
        private long nanos;

        Counting(CheckpointStore store) {
            this.store = store;
        }

        void reset() {
            saves = 0;
            wholeSaves = 0;
            bytes = 0;
            nanos = 0;
        }

        /** The sink, its time counted. */
        CheckpointSink timed(CheckpointSink sink) {
            return c -> {
                long start = System.nanoTime();
                sink.save(c);
                nanos += System.nanoTime() - start;
            };
        }

        @Override
        public boolean save(Lease lease, int generation, byte[] content) {
            saves++;
            wholeSaves++;
            bytes += content.length;
            return store.save(lease, generation, content);
        }

        @Override
        public boolean append(Lease lease, int generation, byte[] increment) {
            saves++;
            bytes += increment.length;
            return store.append(lease, generation, increment);
        }

        @Override
        public java.util.Optional<StoredCheckpoint> latest(String sweep, String run) {
            return store.latest(sweep, run);
        }

        @Override
        public boolean markResumed(Lease lease, int generation) {
            return store.markResumed(lease, generation);
        }
    }
}
