package org.evofit.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.evofit.looper.Dispatcher;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.evofit.wrapper.io.ResultFiles;

/**
 * Runs fits on the Quartz cluster behind looper's {@link Dispatcher} seam, as {@link
 * org.evofit.looper.LocalDispatcher} runs them on local threads: the runs are submitted as one new
 * sweep of the cluster's PostgreSQL store (as {@code evofit submit} does) and the workers fit them;
 * this waits, and as each run ends writes its recorded files into the sweep directory (as {@code
 * evofit results} does) and reports its outcome. So {@code Looper.run(plan, directory, new
 * ClusterDispatcher(...), listener)} leaves the same directory as a local loop.
 */
public final class ClusterDispatcher implements Dispatcher {

    private final Database db;
    private final SweepDirectory directory;
    private final String source;
    private final EventLog log;
    private final Duration poll;
    private final Duration stall;
    private volatile String sweep;

    /**
     * @param db        the cluster's store (PostgreSQL)
     * @param directory where each ended run's files are written
     * @param source    the file the runs come from (shown by {@code status})
     * @param poll      how often the store is asked which runs have ended
     */
    public ClusterDispatcher(Database db, SweepDirectory directory, String source, EventLog log, Duration poll) {
        this(db, directory, source, log, poll, DEFAULT_STALL);
    }

    /**
     * How long a sweep may show no progress before the wait gives up: an hour, longer than any
     * checkpoint cadence a worker uses, so only a cluster with no worker up, or one whose fits hang, ends it.
     */
    public static final Duration DEFAULT_STALL = Duration.ofHours(1);

    /**
     * @param stall how long the sweep may show no progress (no run changing state, attempt or
     *              checkpoint generation) before {@link #run} gives up
     */
    public ClusterDispatcher(Database db, SweepDirectory directory, String source, EventLog log, Duration poll,
                             Duration stall) {
        if (!db.config().isPostgres()) {
            throw new IllegalArgumentException("the cluster runs from a PostgreSQL store, not " + Secrets.masked(db.config().url()));
        }
        this.db = db;
        this.directory = directory;
        this.source = source;
        this.log = log;
        this.poll = poll;
        this.stall = stall;
    }

    /** The sweep id of the last {@link #run}, or {@code null} before it. */
    public String sweep() {
        return sweep;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Waits as long as the sweep makes progress (a run queued, claimed, checkpointed or ended),
     * with no total bound: a run queued while no worker is up starts when one joins, and a worker that
     * dies mid-fit is recovered by another. After {@code stall} without any progress (no worker up, or
     * fits that hang) it gives up with a {@link ProgressWait.Stalled} saying what it last saw; the sweep
     * stays in the store, for {@code evofit results} later or {@code evofit cancel}. Interrupting the
     * calling thread gives up too.
     */
    @Override
    public void run(List<RunSpec> runs, Consumer<RunOutcome> finished) {
        if (runs.isEmpty()) {
            return;
        }
        Set<String> ids = runs.stream().map(RunSpec::id).collect(Collectors.toSet());
        for (RunSpec r : runs) {
            if (r.startFrom() != null && !ids.contains(r.startFrom())) {
                // On the cluster a run starts from a run of its own sweep; this one would wait for ever.
                throw new IllegalArgumentException("run " + r.id() + " starts from run " + r.startFrom()
                        + ", which is not among the runs to dispatch");
            }
        }
        sweep = Submitter.submit(db, source, runs, log).sweep();
        RunStore store = db.store();
        Set<String> reported = new HashSet<>();
        try {
            ProgressWait.until("sweep " + sweep + " has ended on the cluster", () -> {
                for (RunRow row : store.queue().runs(sweep)) {
                    if (ended(row.status()) && reported.add(row.id())) {
                        ResultsExport.writeRun(store, sweep, row.id(), directory);
                        finished.accept(outcome(row, directory.dir(row.id())));
                    }
                }
                return reported.size() == runs.size();
            }, SweepProgress.every(Duration.ofSeconds(10), store, sweep), stall, poll);
        } catch (ProgressWait.Stalled e) {
            throw new ProgressWait.Stalled(e.getMessage() + "; is a worker running (evofit status)? The sweep stays in the "
                    + "store: evofit results " + sweep + " fetches what it has done, evofit cancel " + sweep + " ends it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for sweep " + sweep + " on the cluster", e);
        }
    }

    private static boolean ended(RunStatus status) {
        return status == RunStatus.DONE || status == RunStatus.FAILED || status == RunStatus.CANCELLED;
    }

    /**
     * The run's outcome, a finished one with the warnings its recorded result.json (just written into
     * {@code runDir}) holds: the same a local run's outcome carries.
     */
    private static RunOutcome outcome(RunRow row, Path runDir) {
        return switch (row.status()) {
            case DONE -> RunOutcome.succeeded(row.spec(), row.fom(), ResultFiles.recordedWarnings(runDir));
            case FAILED -> RunOutcome.failed(row.spec(), row.error());
            default -> RunOutcome.failed(row.spec(), "cancelled");
        };
    }
}
