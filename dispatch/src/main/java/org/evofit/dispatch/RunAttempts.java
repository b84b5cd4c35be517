package org.evofit.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.optim.HelperCpu;
import org.evofit.looper.RunExecutor;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.provenance.Provenance;

/**
 * A {@link Worker}'s attempt at a run it has claimed, from the claim to the recorded outcome: materialises the
 * sweep's input files (once per sweep and content), fits (resuming from the run's checkpoint when there is one),
 * and records the result files with the fit's CPU time under the lease, claiming the slot's next run in the same
 * transaction; then wakes the workers for the runs chained to it.
 */
final class RunAttempts {

    /** A sampling interval that never comes: the chain is saved on SIGTERM only. */
    private static final Duration NEVER = Duration.ofDays(36_500);

    private final RunStore store;
    private final JdbcLeases leases;
    private final RunClaims claims;
    private final WorkerOptions options;
    private final EventLog log;
    private final LeaseEnds ends;
    private final BooleanSupplier stopping;
    private final CancelWatch watch;
    /** Per sweep, how to move a spec's paths into the local input cache (written once per sweep). */
    private final Map<String, InputFiles.Local> inputs = new ConcurrentHashMap<>();
    /** The sweeps' models, each loaded once per content of its files. */
    private final LoadedModels models = new LoadedModels();

    /**
     * @param leases   the store's leases, through which a run's end is recorded with the next claim
     * @param claims   the worker's claims: the next run is claimed as the last one's end is recorded
     * @param stopping whether the worker is stopping (SIGTERM): an interrupted fit's run is then handed back, and
     *                 no next run is claimed
     * @param watch    where each fit is registered while it runs, so that a cancel interrupts it
     */
    RunAttempts(RunStore store, JdbcLeases leases, RunClaims claims, WorkerOptions options, EventLog log, LeaseEnds ends,
                BooleanSupplier stopping, CancelWatch watch) {
        this.store = store;
        this.leases = leases;
        this.claims = claims;
        this.options = options;
        this.log = log;
        this.ends = ends;
        this.stopping = stopping;
        this.watch = watch;
    }

    /**
     * Fits the claimed run and records its outcome under the lease (or hands it back, or says why the lease is gone).
     *
     * @return the slot's next run, claimed in the transaction that recorded this one's outcome; empty when none was
     */
    Optional<RunClaims.Claimed> run(Lease lease, RunSpec stored, RunStart start) {
        Path sweepDir = options.cache().resolve(lease.sweep());
        InputFiles.Local local = inputs.get(lease.sweep());
        if (local == null || !local.inputs().equals(start.inputs())) {
            // New to this worker, or a scheduled sweep whose re-plan stored new or changed input files.
            local = InputFiles.materialise(store.files(), lease.sweep(), options.cache(), start.inputs(), local);
            inputs.put(lease.sweep(), local);
        }
        RunSpec spec = local.apply(stored);
        SweepDirectory files = new SweepDirectory(sweepDir.resolve("out"));
        RunDirectory.clear(files.dir(spec.id()));
        if (spec.startFrom() != null) {
            AtomicFiles previous = new AtomicFiles();
            store.files().runFiles(lease.sweep(), spec.startFrom())
                    .forEach((name, bytes) -> previous.bytes(files.dir(spec.startFrom()).resolve(name), bytes));
            previous.commit();
        }
        long cpuBefore = HelperCpu.withHelpers();
        // The run's files and its error name the inputs as the sweep was stored to (evofit serve's: as uploaded), not
        // by the cache, and the model's git state is the submitter's: this cache's copy is in no repository.
        FileNames names = local.naming(start.shownAs());
        RunExecutor executor = new RunExecutor(files, options.threads(), s -> Checkpointing.NONE,
                s -> CpuBudget.listener(start.cpuLeft(), cpuBefore), models.of(local, names))
                .namingFilesInErrors(names)
                .withProvenance(provenance(stored, spec, start));
        Fitted fitted = watched(executor, spec, lease, files.dir(spec.id()), local.root());
        RunOutcome outcome = fitted.outcome();
        // Whatever the outcome, what follows talks to the store, which an interrupt flag (SIGTERM's, the cancel
        // watch's) could break.
        Thread.interrupted();
        double cpu = (HelperCpu.withHelpers() - cpuBefore) / 1e9;
        if (outcome.interrupted()) {
            ends.meter(lease, cpu);
            if (stopping.getAsBoolean()) {
                // SIGTERM: the fit saved a checkpoint on the interrupt; another worker goes on from it.
                ends.handBack(lease);
            } else {
                ends.gone(lease, "fit stopped");
            }
            return Optional.empty();
        }
        JdbcLeases.Recorded<Optional<RunClaims.Claimed>> recorded = record(lease, fitted, local.root(), cpu);
        // The store has the files now (a chained run fetches its predecessor's from there): keep the cache small.
        RunDirectory.remove(files.dir(spec.id()));
        if (spec.startFrom() != null) {
            RunDirectory.remove(files.dir(spec.startFrom()));
        }
        if (!recorded.recorded()) {
            ends.gone(lease, "result not recorded");
            return Optional.empty();
        }
        log.event(outcome.ok() ? "finished" : "failed", lease.sweep(), lease.run(), options.name(),
                outcome.ok() ? "fom=" + outcome.fom() : outcome.message());
        // Only a sweep that chains runs can have runs waiting for this one (a re-plan that adds the sweep's first
        // chain while this run fits leaves its successors to the slots' poll).
        if (outcome.ok() && start.chained()) {
            ends.announceSuccessors();
        }
        return recorded.then();
    }

    /**
     * The provenance of the fit of {@code spec} (the {@code stored} spec with its files in the cache): the submitter's
     * git state, and the hash the store keeps the model's content under, which the cached copy has (not hashed again).
     */
    private static Function<ModelDefinition, Provenance> provenance(RunSpec stored, RunSpec spec, RunStart start) {
        String modelSha256 = start.inputs().get(stored.model().toString());
        return m -> Provenance.of(m.source(), m.fileNames(), start.origin(),
                spec.model().equals(m.source()) ? modelSha256 : null);
    }

    /**
     * Records the fit's outcome and files with its CPU time and the slot's next claim (unless the worker is stopping)
     * in the same transaction; a failure on the way still meters the time.
     */
    private JdbcLeases.Recorded<Optional<RunClaims.Claimed>> record(Lease lease, Fitted fitted, Path inputsRoot, double cpu) {
        try {
            SortedMap<String, byte[]> result = fitted.files().get();
            RunOutcome outcome = fitted.outcome();
            return claims.recordingThenClaiming(claim -> {
                Transactions.Work<Optional<RunClaims.Claimed>> next = stopping.getAsBoolean() ? c -> Optional.empty() : claim;
                return outcome.ok() ? leases.recordResult(lease, outcome.fom(), result, cpu, next)
                        : leases.recordFailure(lease, SubmitterView.text(outcome.message(), inputsRoot), result, cpu, next);
            }, JdbcLeases.Recorded::then);
        } catch (RuntimeException e) {
            // Spent whatever becomes of the files (rarely twice: a store that lost the acknowledgement of the record).
            ends.meter(lease, cpu);
            throw e;
        }
    }

    /**
     * A fit's outcome and how to get its files (read when they are recorded).
     *
     * @param outcome how the fit ended
     * @param files   its files by name, as the run's directory would hold them with the submitter's paths
     *                ({@link SubmitterView}), not this worker's cache
     */
    private record Fitted(RunOutcome outcome, Supplier<SortedMap<String, byte[]>> files) {
    }

    /** {@link #fit}, registered with the cancel watch while it runs. */
    private Fitted watched(RunExecutor executor, RunSpec spec, Lease lease, Path runDir, Path inputsRoot) {
        watch.fitting(lease);
        try {
            return fit(executor, spec, lease, runDir, inputsRoot);
        } finally {
            watch.done();
        }
    }

    /**
     * Runs the fit, checkpointed under the lease ({@link LeaseCheckpoints#forWorker}), its files kept in memory:
     * the store is where they go, so writing them into the run's directory only to read them back cost a
     * worker more than a tiny fit. A run that samples its posterior goes through {@code runDir}, its chain
     * checkpointed under the lease too ({@link LeaseChainLog}) as often as the fit (only on SIGTERM when the
     * worker saves no checkpoint by time).
     */
    private Fitted fit(RunExecutor executor, RunSpec spec, Lease lease, Path runDir, Path inputsRoot) {
        Checkpointing checkpointing = LeaseCheckpoints.forWorker(store.checkpoints(), lease, options, log);
        if (!RunExecutor.samples(spec)) {
            RunExecutor.KeptRun kept = executor.executeInMemory(spec, checkpointing);
            return new Fitted(kept.outcome(), () -> SubmitterView.texts(kept.files(), inputsRoot));
        }
        Duration every = options.checkpointEvery().isZero() ? NEVER : options.checkpointEvery();
        RunOutcome outcome = executor.execute(spec, checkpointing,
                sampling -> sampling.withCheckpoints(new LeaseChainLog(store.chainCheckpoints(), lease, log, options.name()))
                        .withCheckpointEvery(every));
        return new Fitted(outcome, () -> SubmitterView.files(RunDirectory.files(runDir), inputsRoot));
    }
}
