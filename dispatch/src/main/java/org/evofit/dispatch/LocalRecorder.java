package org.evofit.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeCheckpoint;
import org.evofit.core.input.InputFileException;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;

/**
 * Records a local {@code evofit loop} into the SQLite run store {@code DIR/evofit.db} beside its run
 * directories: the output directory is one sweep ({@value #SWEEP}) whose runs are added as the sweep
 * file grows, and each run's outcome and files are recorded as it ends, through the same lease path
 * as a cluster worker's, so {@code evofit status} and {@code evofit results} read a local sweep too.
 */
public final class LocalRecorder implements AutoCloseable {

    /** The store's file name in the output directory. */
    public static final String DB_FILE = "evofit.db";
    /** The sweep id of a loop's output directory. */
    public static final String SWEEP = "local";
    /** The worker name of local runs. */
    public static final String WORKER = "local";

    private final Database db;
    private final RunStore store;
    private final SweepDirectory files;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private Duration checkpointEvery = Duration.ofSeconds(10);
    private double checkpointShare = Checkpointing.COST_SHARE;
    private volatile Consumer<String> warnings = message -> { };
    private final RunWarnings unsaved = new RunWarnings(message -> warnings.accept(message));

    private LocalRecorder(Database db, SweepDirectory files) {
        this.db = db;
        this.store = db.store();
        this.files = files;
    }

    /**
     * Checkpoints every {@code every} (zero: none; default 10 s), while they take at most {@code share}
     * of a fit's time (0: no cap; default {@link Checkpointing#COST_SHARE}).
     */
    public LocalRecorder checkpointEvery(Duration every, double share) {
        this.checkpointEvery = every;
        this.checkpointShare = share;
        return this;
    }

    /** Where warnings go (a checkpoint not saved); default: nowhere. Called from the fits' threads. */
    public LocalRecorder warnTo(Consumer<String> warnings) {
        this.warnings = warnings;
        return this;
    }

    /**
     * A starting run's checkpointing: the run is claimed in the store; a checkpoint left by a loop
     * that was killed is resumed from; new checkpoints are saved (by time only: a local loop has no
     * one else to hand a run to, so the point is to lose at most {@code checkpointEvery} of work).
     *
     * <p>Checkpoints are an optimisation, as on a cluster worker: a store that fails here (claim,
     * resume or save) costs resume points and a warning, never the fit; only recording the run's
     * outcome ({@link #record}) may fail the loop.
     */
    public Checkpointing checkpointing(RunSpec spec) {
        Optional<Lease> lease;
        DeCheckpoint resume;
        try {
            lease = store.leases().claim(SWEEP, spec.id(), WORKER);
            if (lease.isEmpty()) {
                return Checkpointing.NONE;
            }
            leases.put(spec.id(), lease.get());
            resume = LeaseCheckpoints.resume(store.checkpoints(), lease.get(), generation -> { }, e -> { });
        } catch (StoreException e) {
            unsaved.warn(spec.id(), "the run store could not be read (" + e.getMessage() + "): the fit starts afresh "
                    + "without checkpoints");
            return Checkpointing.NONE;
        }
        if (checkpointEvery.isZero()) {
            return Checkpointing.NONE.withResumeFrom(resume);
        }
        return Checkpointing.every(0, checkpointEvery, LeaseCheckpoints.sink(store.checkpoints(), lease.get(),
                generation -> { }, e -> unsaved.warn(spec.id(), "checkpoint not saved, the fit goes on: " + e.getMessage()),
                false)).withCostShare(checkpointShare).withResumeFrom(resume);
    }

    /**
     * Opens (or creates) {@code files.out()/evofit.db}, adds the plan's new runs and records the runs
     * whose files are on disk but not yet in the store (a store deleted or older than the runs).
     *
     * @param source the sweep file's absolute path
     * @throws InputFileException when the store holds the runs of another sweep file (the same file resumes)
     */
    public static LocalRecorder open(SweepDirectory files, List<RunSpec> plan, String source) {
        try {
            Files.createDirectories(files.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + files.out() + ": " + e.getMessage(), e);
        }
        Database db = Database.open(DbConfig.sqlite(files.out().resolve(DB_FILE)), 1);
        LocalRecorder r = new LocalRecorder(db, files);
        try {
            r.requireSameSweep(source);
            r.store.queue().addMissingRuns(SWEEP, source, plan);
            for (RunRow row : r.store.queue().runs(SWEEP)) {
                if (row.status() != RunStatus.DONE && files.isDone(row.id())) {
                    r.record(row.spec(), true, files.result(row.id()).orElseThrow().path("fom").asDouble(), null);
                }
            }
            return r;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Refuses to add the runs of sweep file {@code source} to a directory that holds another sweep
     * file's: its runs would mix with theirs in one store and one summary. The same file resumes.
     */
    private void requireSameSweep(String source) {
        for (SweepEntry e : store.queue().entries()) {
            if (e.id().equals(SWEEP) && e.source() != null && !sameFile(e.source(), source)) {
                throw new InputFileException(source, 0, 0, "the output directory " + files.out()
                        + " holds the runs of another sweep file, " + e.source() + "; expected that sweep file (to"
                        + " resume it) or another --out for this one");
            }
        }
    }

    private static boolean sameFile(String recorded, String source) {
        if (recorded.equals(source)) {
            return true;
        }
        try {
            // The same file by another path (a link): the same sweep.
            return Files.exists(Path.of(recorded)) && Files.isSameFile(Path.of(recorded), Path.of(source));
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /**
     * Records a run that ended (an interrupted run stays as it is, its checkpoint kept). A store that
     * fails here (locked, disk full) costs a warning, not the loop: the run's directory is complete
     * already, and the next loop into this directory records the runs it finds done on disk ({@link #open}).
     */
    public void record(RunOutcome outcome) {
        unsaved.ended(outcome.spec().id());
        try {
            if (outcome.interrupted()) {
                leases.remove(outcome.spec().id());
            } else if (outcome.ok()) {
                record(outcome.spec(), true, outcome.fom(), null);
            } else if (files.error(outcome.spec().id()).isPresent()) {
                record(outcome.spec(), false, Double.NaN, outcome.message());
            } else {
                leases.remove(outcome.spec().id());
            }
        } catch (StoreException e) {
            warnings.accept("run " + outcome.spec().id() + ": its outcome is not in " + DB_FILE + " (" + e.getMessage()
                    + "); its files in " + files.dir(outcome.spec().id()) + " are complete, and the next loop into "
                    + files.out() + " records it");
        }
    }

    private void record(RunSpec spec, boolean ok, double fom, String error) {
        Lease held = leases.remove(spec.id());
        Optional<Lease> lease = held != null ? Optional.of(held) : store.leases().claim(SWEEP, spec.id(), WORKER);
        lease.ifPresent(l -> {
            SortedMap<String, byte[]> bytes = RunDirectory.files(files.dir(spec.id()));
            if (ok) {
                store.leases().recordResult(l, fom, bytes);
            } else {
                store.leases().recordFailure(l, error, bytes);
            }
        });
    }

    /** The store, for reading back. */
    public RunStore store() {
        return store;
    }

    @Override
    public void close() {
        db.close();
    }
}
