package org.evofit.looper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.run.FitPipeline;
import org.evofit.wrapper.run.FitRun;
import org.evofit.wrapper.sample.Sampling;

/**
 * Runs one spec in this process through the {@link FitPipeline}: loads the model file or script
 * (with the substituted data file), sets the start values (or, in a chained sequence, the previous
 * run's fitted values), seed, threads and optimizer overrides, fits (and, when the sweep has
 * {@code sample:}, samples the posterior around the optimum), and writes the run's files into
 * its directory — or, when anything goes wrong, {@code error.txt} with the reason. Never throws for a
 * failing run, so one bad data file does not stop a sweep.
 */
public final class RunExecutor {

    private final SweepDirectory store;
    private final int threads;
    private final Function<RunSpec, Checkpointing> checkpoints;
    private final Function<RunSpec, GenerationListener> listeners;
    private final ModelLoader loader;
    /** How the errors of failed runs name the files the runs read. */
    private final FileNames errorNames;
    /** Each fit's provenance as known beforehand, or null to read it from the model's file and repository. */
    private final Function<ModelDefinition, Provenance> provenance;

    /** How a run's model file is loaded with its data files: {@link ModelFiles#loadWith}, or a cache of its results. */
    @FunctionalInterface
    public interface ModelLoader {
        /**
         * The model {@code file} with the data files {@code data} replaces, as {@link ModelFiles#loadWith} loads it
         * (the model may be shared: a {@link ModelDefinition} is immutable).
         */
        ModelDefinition load(Path file, DataReplacement data);
    }

    /**
     * @param store   where run directories go
     * @param threads threads evaluating each fit's population (never changes a result)
     */
    public RunExecutor(SweepDirectory store, int threads) {
        this(store, threads, spec -> Checkpointing.NONE);
    }

    /**
     * @param store       where run directories go
     * @param threads     threads evaluating each fit's population (never changes a result)
     * @param checkpoints each run's checkpointing for {@link #execute(RunSpec)}: where its checkpoints
     *                    go and which one it resumes from (asked when the run starts)
     */
    public RunExecutor(SweepDirectory store, int threads, Function<RunSpec, Checkpointing> checkpoints) {
        this(store, threads, checkpoints, spec -> GenerationListener.NONE);
    }

    /**
     * @param store       where run directories go
     * @param threads     threads evaluating each fit's population (never changes a result)
     * @param checkpoints each run's checkpointing, as above
     * @param listeners   who hears of each run's generations (asked when the run starts; called on the
     *                    optimizer's thread, so keep it quick); listening never changes a result
     */
    public RunExecutor(SweepDirectory store, int threads, Function<RunSpec, Checkpointing> checkpoints,
                       Function<RunSpec, GenerationListener> listeners) {
        this(store, threads, checkpoints, listeners, ModelFiles::loadWith);
    }

    /**
     * @param store       where run directories go
     * @param threads     threads evaluating each fit's population (never changes a result)
     * @param checkpoints each run's checkpointing, as above
     * @param listeners   who hears of each run's generations, as above
     * @param loader      loads each run's model (a cluster worker's reuses a sweep's model across its runs)
     */
    public RunExecutor(SweepDirectory store, int threads, Function<RunSpec, Checkpointing> checkpoints,
                       Function<RunSpec, GenerationListener> listeners, ModelLoader loader) {
        this(store, threads, checkpoints, listeners, loader, FileNames.AS_GIVEN, null);
    }

    private RunExecutor(SweepDirectory store, int threads, Function<RunSpec, Checkpointing> checkpoints,
                        Function<RunSpec, GenerationListener> listeners, ModelLoader loader, FileNames errorNames,
                        Function<ModelDefinition, Provenance> provenance) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.store = store;
        this.threads = threads;
        this.checkpoints = checkpoints;
        this.listeners = listeners;
        this.loader = loader;
        this.errorNames = errorNames;
        this.provenance = provenance;
    }

    /**
     * This executor with the error of a failed run (its {@code error.txt} and outcome) naming the files the run
     * read as {@code names} does ({@link FileNames#inText}): the web service's name them as uploaded, not by the
     * server's paths. Otherwise an error names them by their paths.
     */
    public RunExecutor namingFilesInErrors(FileNames names) {
        return new RunExecutor(store, threads, checkpoints, listeners, loader, names, provenance);
    }

    /**
     * This executor with each fit's provenance {@code known} rather than read from the model's file and repository
     * ({@link FitPipeline#provenance}): a cluster worker's, whose model is a copy of the submitter's.
     */
    public RunExecutor withProvenance(Function<ModelDefinition, Provenance> known) {
        return new RunExecutor(store, threads, checkpoints, listeners, loader, errorNames, known);
    }

    /** Runs the spec, checkpointed as the constructor's {@code checkpoints} says; the outcome says whether it succeeded. */
    public RunOutcome execute(RunSpec spec) {
        return execute(spec, checkpoints.apply(spec));
    }

    /**
     * Runs the spec with the optimizer checkpointed (or resumed) as {@code checkpointing} says.
     * When the thread is interrupted before the fit has finished, nothing is written (no result
     * files, no {@code error.txt}) and the outcome is {@link RunOutcome.Status#INTERRUPTED}: the
     * checkpoint saved at the interrupt is how the run goes on.
     */
    public RunOutcome execute(RunSpec spec, Checkpointing checkpointing) {
        return execute(spec, checkpointing, UnaryOperator.identity());
    }

    /**
     * Runs the spec as {@link #execute(RunSpec, Checkpointing)} does, its posterior sampling (when the
     * spec asks for one) changed by {@code sampling}: a cluster worker's keeps its checkpoint in the run
     * store ({@link Sampling#withCheckpoints}) instead of the run's directory.
     */
    public RunOutcome execute(RunSpec spec, Checkpointing checkpointing, UnaryOperator<Sampling> sampling) {
        try (LogContext logged = LogContext.run(spec.id())) {
            return fit(spec, checkpointing, sampling);
        }
    }

    private RunOutcome fit(RunSpec spec, Checkpointing checkpointing, UnaryOperator<Sampling> sampling) {
        Path dir = store.dir(spec.id());
        try {
            FitRun run = pipeline(spec, checkpointing).fit(prepare(spec, loader.load(spec.model(), spec.replacement())));
            if (!run.interrupted()) {
                run.write(dir);
            }
            if (run.interrupted() || !sample(spec, run, dir, sampling)) {
                return RunOutcome.interrupted(spec);
            }
            // An error from an earlier attempt no longer describes this run.
            Files.deleteIfExists(dir.resolve(SweepDirectory.ERROR_TXT));
            return RunOutcome.succeeded(spec, run.result().fom(), run.dataWarnings());
        } catch (RuntimeException | IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Most likely caused by the interrupt; the resumed run will meet a real error again.
                return RunOutcome.interrupted(spec);
            }
            String message = errorNames.errorText(e);
            try {
                AtomicFiles.writeText(dir.resolve(SweepDirectory.ERROR_TXT), message + "\n");
            } catch (RuntimeException ignored) {
                // The outcome still carries the message into the summary.
            }
            return RunOutcome.failed(spec, message);
        }
    }

    /**
     * A run whose files were kept in memory ({@link #executeInMemory}).
     *
     * @param outcome how it ended
     * @param files   its result files by name (result.json last), {@code error.txt} when it failed, none when
     *                interrupted: what {@link #execute} would have written into its directory
     */
    public record KeptRun(RunOutcome outcome, Map<String, String> files) {
    }

    /** Whether the spec samples the posterior after its fit ({@link #executeInMemory} cannot run it). */
    public static boolean samples(RunSpec spec) {
        return SampleOverrides.of(spec.settings(), spec.seed()).isPresent();
    }

    /**
     * Runs a spec that samples no posterior as {@link #execute(RunSpec, Checkpointing)} does, but writes
     * nothing: its files come back with the outcome, for a caller that keeps them elsewhere (a cluster worker
     * records them in its run store) and would only read them back. A chained run still reads its predecessor's
     * result from the predecessor's directory.
     *
     * @throws IllegalArgumentException when the spec samples ({@link #samples}): the sampler writes into the directory
     */
    public KeptRun executeInMemory(RunSpec spec, Checkpointing checkpointing) {
        if (samples(spec)) {
            throw new IllegalArgumentException("run " + spec.id() + " samples its posterior: its files go through its directory");
        }
        try (LogContext logged = LogContext.run(spec.id())) {
            FitRun run = pipeline(spec, checkpointing).fit(prepare(spec, loader.load(spec.model(), spec.replacement())));
            if (run.interrupted()) {
                return new KeptRun(RunOutcome.interrupted(spec), Map.of());
            }
            return new KeptRun(RunOutcome.succeeded(spec, run.result().fom(), run.dataWarnings()), run.texts());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return new KeptRun(RunOutcome.interrupted(spec), Map.of());
            }
            String message = errorNames.errorText(e);
            return new KeptRun(RunOutcome.failed(spec, message), Map.of(SweepDirectory.ERROR_TXT, message + "\n"));
        }
    }

    private FitPipeline pipeline(RunSpec spec, Checkpointing checkpointing) {
        FitPipeline pipeline = FitPipeline.forRun(spec.id()).checkpointing(checkpointing).listening(listeners.apply(spec));
        return provenance == null ? pipeline : pipeline.provenance(provenance);
    }

    /**
     * Samples the posterior around the fit's optimum into the run's directory when the spec asks
     * ({@link SampleOverrides}), seeded with the run's seed, resuming from a checkpoint a killed
     * attempt left there; result.json gains the posterior section.
     *
     * @return false when interrupted before the chain was complete
     */
    private boolean sample(RunSpec spec, FitRun run, Path dir, UnaryOperator<Sampling> sampling) {
        Optional<SamplerSettings> settings = SampleOverrides.of(spec.settings(), spec.seed());
        if (settings.isEmpty()) {
            return true;
        }
        double[] optimum = run.result().parameters().stream().filter(ParameterEstimate::fit)
                .mapToDouble(ParameterEstimate::value).toArray();
        return !sampling.apply(Sampling.of(settings.get()).withThreads(threads)).run(run.model(), optimum, dir).interrupted();
    }

    /**
     * The loaded model as the spec asks: its start values overridden (or, in a chained sequence, the
     * previous run's fitted values), its optimizer settings overridden, its seed and threads set.
     */
    private ModelDefinition prepare(RunSpec spec, ModelDefinition loaded) {
        ModelDefinition model = loaded;
        for (Map.Entry<String, Double> e : spec.overrides().entrySet()) {
            model = model.withParameterValue(e.getKey(), e.getValue());
        }
        if (spec.startFrom() != null) {
            String from = spec.startFrom();
            var previous = store.result(from).orElseThrow(() -> new IllegalStateException(
                    "run " + from + ", which this run starts from, has no result"));
            model = ChainStart.apply(model, previous, spec.adjustBounds());
        }
        FitSettings settings = FitOverrides.apply(model.settings(), spec.settings());
        return model.withSettings(settings.withDe(settings.de().withSeed(spec.seed())).withThreads(threads));
    }
}
