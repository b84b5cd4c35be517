package org.evofit.wrapper.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.RunInfo;
import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.provenance.ProvenanceReading;
import org.evofit.wrapper.provenance.Version;

/**
 * The one way a fit runs: load the model file or script -> let the caller adjust the model (command
 * line options, a sweep's overrides) -> record provenance -> fit -> write the result files. The
 * command line, the looper (locally and on cluster workers) and the Java API use it, so they cannot
 * disagree on how a model is loaded or when provenance is taken.
 *
 * <p>Provenance is recorded at one moment: when the optimizer starts, after every adjustment, so it
 * describes the model file as the fit used it. It is read on a thread of its own beside the fit
 * ({@link ProvenanceReading}), which hides its cost in a short fit; the run returned holds the read, ended or
 * not, so the result files that do not carry the provenance are formatted while it ends (only result.json waits).
 *
 * <pre>{@code
 * FitRun run = FitPipeline.lone().listening(progress)
 *         .execute(Path.of("examples/peaks/model.yaml"), null, UnaryOperator.identity(), Path.of("out"));
 * }</pre>
 *
 * @param runId         the run's id in a sweep, or {@code null} for a lone fit
 * @param listener      hears of every generation (on the optimizer's thread)
 * @param checkpointing where the optimizer's checkpoints go and which one it resumes from
 * @param provenance    how the fitted model's provenance is had: read from its file ({@link #READ}) or known
 */
public record FitPipeline(String runId, GenerationListener listener, Checkpointing checkpointing,
                          Function<ModelDefinition, ProvenanceReading> provenance) {

    /** The provenance read from the model's file and its repository beside the fit ({@link ProvenanceReading#start}). */
    public static final Function<ModelDefinition, ProvenanceReading> READ =
            model -> ProvenanceReading.start(model.source(), model.fileNames());

    /** A pipeline for a fit outside any sweep: quiet, not checkpointed. */
    public static FitPipeline lone() {
        return new FitPipeline(null, GenerationListener.NONE, Checkpointing.NONE, READ);
    }

    /** A pipeline for the run {@code runId} of a sweep: quiet, not checkpointed. */
    public static FitPipeline forRun(String runId) {
        return new FitPipeline(runId, GenerationListener.NONE, Checkpointing.NONE, READ);
    }

    /** This pipeline with {@code listener} hearing of every generation (on the optimizer's thread). */
    public FitPipeline listening(GenerationListener newListener) {
        return new FitPipeline(runId, newListener, checkpointing, provenance);
    }

    /** This pipeline with the optimizer checkpointed (and resumed) as {@code newCheckpointing} says. */
    public FitPipeline checkpointing(Checkpointing newCheckpointing) {
        return new FitPipeline(runId, listener, newCheckpointing, provenance);
    }

    /**
     * This pipeline with the fitted model's provenance {@code known} rather than read: a cluster worker fits a copy of
     * a submitted model, whose git state is the submitter's, so reading its own copy's would only be replaced.
     */
    public FitPipeline provenance(Function<ModelDefinition, Provenance> known) {
        return new FitPipeline(runId, listener, checkpointing, model -> ProvenanceReading.of(known.apply(model)));
    }

    /**
     * The whole pipeline: loads {@code modelFile} (its first data file replaced by {@code dataFile}
     * unless that is {@code null}), adjusts it with {@code prepare}, fits, and writes the result files
     * into {@code dir} — unless the fit was interrupted, when nothing is written.
     *
     * @param prepare what the caller changes before fitting (settings, start values); it may throw to
     *                refuse the model, and nothing is fitted or written then
     * @throws RuntimeException as {@link ModelFiles#load}, {@code prepare} or the writer throw
     */
    public FitRun execute(Path modelFile, Path dataFile, UnaryOperator<ModelDefinition> prepare, Path dir) {
        return executeWith(modelFile, DataReplacement.first(dataFile), prepare, dir);
    }

    /**
     * As {@link #execute(Path, Path, UnaryOperator, Path)}, the model loaded with the data files
     * {@code data} gives ({@link ModelFiles#loadWith}): a joint model's data sets replaced by name.
     */
    public FitRun executeWith(Path modelFile, DataReplacement data, UnaryOperator<ModelDefinition> prepare, Path dir) {
        FitRun run = fitWith(modelFile, data, prepare);
        if (!run.interrupted()) {
            run.write(dir);
        }
        return run;
    }

    /**
     * As {@link #executeWith}, but writes nothing: the caller keeps the run's files ({@link FitRun#texts}) where
     * it wants them (a cluster worker, in its run store).
     */
    public FitRun fitWith(Path modelFile, DataReplacement data, UnaryOperator<ModelDefinition> prepare) {
        return fit(prepare.apply(ModelFiles.loadWith(modelFile, data)));
    }

    /**
     * Records provenance and fits an already loaded (or built) model; {@link FitRun#write} writes its
     * files. The Java API's {@code Model.fit} is this.
     */
    public FitRun fit(ModelDefinition model) {
        // The agreed moment: after every adjustment, just before the optimizer runs; read beside the fit.
        ProvenanceReading read = provenance.apply(model);
        Instant started = Instant.now();
        FitResult result = Fitter.fit(model.problem(), model.settings(), listener, checkpointing);
        Instant finished = Instant.now();
        return new FitRun(runId, model, result, new RunInfo(Version.current(), started, finished, read));
    }
}
