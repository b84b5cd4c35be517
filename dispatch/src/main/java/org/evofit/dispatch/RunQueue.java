package org.evofit.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.provenance.RepositoryState;

/** The sweeps of a {@link RunStore} and their runs in plan order, each with its state; every method is one transaction. */
public interface RunQueue {

    /**
     * Records a new sweep with its runs queued and its input files.
     *
     * @param inputs the files its runs read, by absolute path (stored once per content)
     */
    default void addSweep(String sweep, String source, List<RunSpec> runs, Map<String, byte[]> inputs) {
        addSweep(sweep, source, runs, inputs, Map.of());
    }

    /**
     * Adds a new sweep as {@link #addSweep(String, String, List, Map)} does, with the git state of its
     * model files on the submitter's machine (by absolute path), which the workers record in the results.
     */
    default void addSweep(String sweep, String source, List<RunSpec> runs, Map<String, byte[]> inputs,
                          Map<String, RepositoryState> origins) {
        addSweep(sweep, source, runs, inputs, origins, null);
    }

    /**
     * Adds a new sweep as {@link #addSweep(String, String, List, Map, Map)} does, with the correlation id of
     * the request that submitted it ({@code null}: none), which workers write on its runs' started lines.
     */
    default void addSweep(String sweep, String source, List<RunSpec> runs, Map<String, byte[]> inputs,
                          Map<String, RepositoryState> origins, String request) {
        addSweep(sweep, source, runs, inputs, origins, request, RunPriority.NORMAL, null, null);
    }

    /**
     * Adds a new sweep as {@link #addSweep(String, String, List, Map, Map, String)} does, its runs in the
     * workers' queue with {@code priority}, owned by {@code owner} (an account of {@code evofit serve}; null: none),
     * its fits together allowed {@code cpuBudget} CPU seconds on the workers (null: no bound).
     */
    default void addSweep(String sweep, String source, List<RunSpec> runs, Map<String, byte[]> inputs,
                          Map<String, RepositoryState> origins, String request, RunPriority priority, String owner,
                          Double cpuBudget) {
        addSweep(sweep, source, runs, InputFiles.Gathered.readable(inputs), origins, request, priority, owner,
                cpuBudget, Map.of());
    }

    /**
     * Adds a new sweep as {@link #addSweep(String, String, List, Map, Map, String, RunPriority, String, Double)} does,
     * with its input files as {@link InputFiles#gather} found them (a file that could not be read is stored for its
     * name only: its runs fail on it), its runs naming them as {@code shownAs} says (by absolute path; a file left
     * out is named by its path) in what they write: evofit serve's name them as uploaded ({@link FileStore#shownAs}).
     */
    void addSweep(String sweep, String source, List<RunSpec> runs, InputFiles.Gathered inputs,
                  Map<String, RepositoryState> origins, String request, RunPriority priority, String owner, Double cpuBudget,
                  Map<String, String> shownAs);

    /** The CPU seconds the sweep's fits may still use (its budget less its runs' use so far); empty: no bound. */
    Optional<Double> cpuLeft(String sweep);

    /** Adds {@code seconds} of CPU time to the run's use (a worker's, after each attempt's fit), dated now. */
    void addCpu(String sweep, String run, double seconds);

    /**
     * Bounds how many runs of {@code owner}'s sweeps the workers hold at once (taken or running), all sweeps
     * together, to {@code maxRunning}: a worker's free slot passes over the owner's waiting runs while the owner
     * has that many (evofit serve's quota concurrent-runs). Replaces the owner's earlier bound.
     */
    void limitRunning(String owner, int maxRunning);

    /** How many of {@code owner}'s sweeps wait for a worker: runs queued, none started or ended yet. */
    int waitingSweeps(String owner);

    /** The CPU use of every run of {@code owner}'s sweeps added since {@code since}, oldest first. */
    List<CpuUse> cpuUses(String owner, Instant since);

    /** The correlation id of the request that submitted the sweep; empty when there was none. */
    Optional<String> request(String sweep);

    /**
     * The git state of the run's model file where the run was planned, as it was when the run was added;
     * empty when unknown (the model is in no repository, or the run is a local loop's).
     */
    Optional<RepositoryState> origin(String sweep, String run);

    /**
     * What a worker reads to fit the run it has claimed ({@link RunStart}), in one query; empty when the run
     * is not in the store.
     */
    Optional<RunStart> start(String sweep, String run);

    /**
     * Adds the runs the sweep does not have yet (queued) with the input files they read, stored as {@link
     * #addSweep(String, String, List, InputFiles.Gathered, Map, String, RunPriority, String, Double, Map)} stores them,
     * and the git state of their model files (by absolute path); what a schedule's firing does. A path the sweep has
     * already takes the new content, or none when it can no longer be read; the runs it has keep their origins.
     *
     * @return the runs added
     */
    List<RunSpec> addRuns(String sweep, List<RunSpec> runs, InputFiles.Gathered inputs,
                          Map<String, RepositoryState> origins);

    /**
     * Adds the runs the sweep does not have yet (queued) and creates the sweep if it is new; used by
     * {@code evofit loop}, whose output directory is one sweep that grows as its file is edited.
     *
     * @return the runs added
     */
    List<RunSpec> addMissingRuns(String sweep, String source, List<RunSpec> runs);

    /**
     * Cancels the sweep's queued and running runs (a running fit's result will not be recorded).
     *
     * @return how many were cancelled
     */
    int cancel(String sweep);

    /** One run. */
    Optional<RunRow> run(String sweep, String run);

    /** The sweep's runs in plan order. */
    List<RunRow> runs(String sweep);

    /**
     * Queued runs that can start now: those that start from nothing or from a run that is done.
     *
     * @param sweep a sweep id, or {@code null} for every sweep
     */
    List<RunRow> startable(String sweep);

    /** Queued runs of the sweep that start from {@code run}. */
    List<RunRow> successors(String sweep, String run);

    /** Whether the sweep exists. */
    boolean hasSweep(String sweep);

    /** Every sweep id, oldest first. */
    List<String> sweeps();

    /** Every sweep with where it came from, oldest first. */
    List<SweepEntry> entries();

    /**
     * Runs by status, and by worker and status.
     *
     * @param sweep a sweep id, or {@code null} for all sweeps
     */
    SweepCounts counts(String sweep);
}
