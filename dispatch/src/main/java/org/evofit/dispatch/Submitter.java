package org.evofit.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.model.FileNames;

/**
 * Submits a planned sweep to the cluster: stores the sweep, its runs (queued) and its input files in
 * one transaction, then wakes the idle workers (NOTIFY), whose slots claim the runs from the store
 * ({@link RunClaims}). Once stored, the sweep runs: a lost wake-up costs only the slots' poll.
 */
public final class Submitter {

    private Submitter() {
    }

    /** A new sweep id: 12 hex digits. */
    public static String newSweepId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * What a submission made.
     *
     * @param sweep     the new sweep's id
     * @param submitted when it was committed (the moment a free worker can start its runs)
     */
    public record Submission(String sweep, Instant submitted) {
    }

    /** Submits the plan (see {@link #submit(Database, String, List, EventLog, Consumer)}), telling nobody the id early. */
    public static Submission submit(Database db, String source, List<RunSpec> plan, EventLog log) {
        return submit(db, source, plan, log, id -> { });
    }

    /**
     * Submits the plan: stores the sweep in one transaction, tells {@code stored} its id (a submitter killed
     * later has printed it), then wakes the workers.
     *
     * @param source the file submitted (for {@code status})
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, EventLog log, Consumer<String> stored) {
        return submit(db, source, plan, null, log, stored);
    }

    /**
     * Submits the plan as {@link #submit(Database, String, List, EventLog, Consumer)} does, carrying the
     * correlation id {@code request} of the request that asked for it ({@code evofit serve}'s) to the workers,
     * which write it on each run's started line.
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, String request, EventLog log,
                                    Consumer<String> stored) {
        return submit(db, source, plan, request, null, RunPriority.NORMAL, null, log, stored);
    }

    /**
     * Submits the plan as {@link #submit(Database, String, List, String, EventLog, Consumer)} does for {@code owner}
     * (an account of {@code evofit serve}, whose quotas count the runs' CPU time; null: none), its runs in the workers'
     * queue with {@code priority} (a guest's: {@link RunPriority#LOW}), its fits together allowed {@code cpuBudget} CPU
     * seconds on the workers (null: no bound; past it a fit stops with its best so far, marked CPU_BUDGET).
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, String request, String owner,
                                    RunPriority priority, Double cpuBudget, EventLog log, Consumer<String> stored) {
        return submit(db, source, plan, request, owner, priority, cpuBudget, FileNames.AS_GIVEN, log, stored);
    }

    /**
     * Submits the plan as
     * {@link #submit(Database, String, List, String, String, RunPriority, Double, EventLog, Consumer)} does, the
     * stored sweep carrying how its runs name their model and data files ({@code names}; evofit serve's: as
     * uploaded) to the workers, whose run files then name them so ({@link FileStore#shownAs}).
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, String request, String owner,
                                    RunPriority priority, Double cpuBudget, FileNames names, EventLog log,
                                    Consumer<String> stored) {
        String sweep = newSweepId();
        RunStore store = db.store();
        InputFiles.Gathered inputs = InputFiles.gather(plan);
        // A file that cannot be read is named too: the error of a run that fails on it names it so.
        store.queue().addSweep(sweep, source, plan, inputs, ModelOrigins.of(plan), request, priority, owner,
                cpuBudget, InputFiles.shownAs(inputs.paths(), names));
        Instant submitted = Instant.now();
        stored.accept(sweep);
        if (db.config().isPostgres()) {
            Wakeups.notifyWorkers(db.dataSource());
        }
        for (RunSpec r : plan) {
            log.event(submitted, "submitted", sweep, r.id(), null, null);
        }
        return new Submission(sweep, submitted);
    }

    /**
     * The sweep stored from the same file with exactly these runs (run ids hash the model, data and
     * settings), unless all its runs were cancelled: submitting it again would run everything twice.
     */
    public static Optional<SweepEntry> existing(Database db, String source, List<RunSpec> plan) {
        RunStore store = db.store();
        Set<String> ids = plan.stream().map(RunSpec::id).collect(Collectors.toSet());
        for (SweepEntry e : store.queue().entries()) {
            if (e.source().equals(source) && e.runs() == ids.size()) {
                List<RunRow> runs = store.queue().runs(e.id());
                boolean same = runs.stream().map(RunRow::id).collect(Collectors.toSet()).equals(ids);
                if (same && runs.stream().anyMatch(r -> r.status() != RunStatus.CANCELLED)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Cancels the sweep: queued and running runs are marked cancelled (a running fit's result is not
     * recorded, and no slot claims a cancelled run).
     *
     * @return the runs cancelled
     */
    public static int cancel(Database db, String sweep, EventLog log) {
        int n = db.store().queue().cancel(sweep);
        log.event("cancelled", sweep, null, null, n + " runs");
        return n;
    }
}
