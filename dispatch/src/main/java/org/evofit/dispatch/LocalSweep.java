package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evofit.core.de.GenerationListener;
import org.evofit.looper.FitSlots;
import org.evofit.looper.LocalDispatcher;
import org.evofit.looper.LoopReport;
import org.evofit.looper.Looper;
import org.evofit.looper.RunCount;
import org.evofit.looper.RunExecutor;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.Sweep;
import org.evofit.looper.SweepDirectory;
import org.evofit.looper.SweepFile;
import org.evofit.looper.SweepPlan;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.FileNames;

/**
 * A sweep run on this machine, as {@code evofit loop} runs it: the sweep file is read and every run
 * planned (every model loaded) before the first fit starts; the runs not yet done in the output
 * directory run on a pool of threads; each run's outcome, files and checkpoints also go into the
 * directory's SQLite run store ({@link LocalRecorder}), so a killed sweep resumes its fits and
 * {@code evofit status} and {@code evofit results} read it.
 *
 * <pre>{@code
 * LocalSweep sweep = LocalSweep.plan(Path.of("sweep.yaml"), Path.of("out"));
 * LoopReport report = sweep.run(LocalOptions.forThisMachine(null, null, LocalOptions.CHECKPOINT_EVERY), outcome -> { });
 * }</pre>
 */
public final class LocalSweep {

    private final Path sweepFile;
    private final SweepDirectory directory;
    private final List<RunSpec> plan;
    private final FileNames fileNames;

    private LocalSweep(Path sweepFile, SweepDirectory directory, List<RunSpec> plan, FileNames fileNames) {
        this.sweepFile = sweepFile;
        this.directory = directory;
        this.plan = plan;
        this.fileNames = fileNames;
    }

    /**
     * Reads and plans the sweep file into the output directory {@code out}.
     *
     * @throws RuntimeException as {@link SweepFile#read} and {@link SweepPlan#expand} do, for a mistake in the sweep
     */
    public static LocalSweep plan(Path sweepFile, Path out) {
        return plan(sweepFile, out, RunCount.DEFAULT_MAX);
    }

    /**
     * Plans a sweep of at most {@code maxRuns} runs.
     *
     * @throws RuntimeException as {@link #plan(Path, Path)}, and a ModelFileException when the sweep plans
     *                          more runs ({@link RunCount#check})
     */
    public static LocalSweep plan(Path sweepFile, Path out, long maxRuns) {
        Sweep sweep = SweepFile.read(sweepFile);
        RunCount.check(sweep, maxRuns);
        return new LocalSweep(sweepFile, new SweepDirectory(out), SweepPlan.expand(sweep), FileNames.AS_GIVEN);
    }

    /**
     * This sweep with its runs' files, their errors, its sweep.json and its summary.csv naming the model and data
     * files the runs read as {@code names} says (the web service's: as uploaded); a planned sweep names them as the
     * sweep file gave them.
     */
    public LocalSweep namingFiles(FileNames names) {
        return new LocalSweep(sweepFile, directory, plan, names);
    }

    /** The planned runs. */
    public List<RunSpec> runs() {
        return plan;
    }

    /** The output directory. */
    public SweepDirectory directory() {
        return directory;
    }

    /** How many of the runs are done already (an earlier session finished them). */
    public int done() {
        return Looper.done(plan, directory);
    }

    /**
     * Runs the runs that are not done yet and writes the plan and the summary. One loop at a time
     * runs into a directory: another one running into it (in any process) is refused.
     *
     * @throws IllegalStateException when another loop is running into the directory
     * @throws org.evofit.core.input.InputFileException when the directory holds the runs of another sweep file
     * @param listener told of each run as it ends (after it is recorded), never concurrently
     */
    public LoopReport run(LocalOptions options, Consumer<RunOutcome> listener) {
        return run(options, listener, message -> System.err.println("warning: " + message));
    }

    /**
     * Runs the sweep as {@link #run(LocalOptions, Consumer)} does, telling {@code warnings} what went wrong
     * without costing a run (a checkpoint the store would not save), at most a line or two per run.
     *
     * @param warnings called from the fits' threads, possibly at the same time
     */
    public LoopReport run(LocalOptions options, Consumer<RunOutcome> listener, Consumer<String> warnings) {
        return run(options, listener, warnings, spec -> GenerationListener.NONE);
    }

    /**
     * Runs the sweep as {@link #run(LocalOptions, Consumer, Consumer)} does, with {@code progress} hearing of
     * each run's generations (a service's live progress); listening never changes a result.
     */
    public LoopReport run(LocalOptions options, Consumer<RunOutcome> listener, Consumer<String> warnings,
                          Function<RunSpec, GenerationListener> progress) {
        return run(options, FitSlots.NONE, listener, warnings, progress);
    }

    /**
     * Runs the sweep as {@link #run(LocalOptions, Consumer, Consumer, Function)} does, each fit waiting
     * in {@code slots} for a slot it shares with other sweeps (a service's): up to {@code options.jobs()}
     * independent runs of this sweep wait at once, chained runs still after their predecessor.
     */
    public LoopReport run(LocalOptions options, FitSlots slots, Consumer<RunOutcome> listener, Consumer<String> warnings,
                          Function<RunSpec, GenerationListener> progress) {
        String source = sweepFile.toAbsolutePath().normalize().toString();
        try (SweepLock locked = SweepLock.acquire(directory.out());
             LocalRecorder recorder = LocalRecorder.open(directory, plan, source).checkpointEvery(options.checkpointEvery(), options.checkpointShare())
                     .warnTo(warnings)) {
            RunExecutor executor = new RunExecutor(directory, options.threads(), recorder::checkpointing, progress,
                    (model, data) -> ModelFiles.loadWith(model, data).withFileNames(fileNames)).namingFilesInErrors(fileNames);
            return Looper.run(plan, directory, new LocalDispatcher(options.jobs(), executor, slots), outcome -> {
                recorder.record(outcome);
                listener.accept(outcome);
            }, fileNames);
        }
    }
}
