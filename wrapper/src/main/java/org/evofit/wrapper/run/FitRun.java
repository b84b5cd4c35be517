package org.evofit.wrapper.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.core.de.DeResult;
import org.evofit.core.fit.FitResult;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.io.RunInfo;

/**
 * One fit that went through the {@link FitPipeline}: the model as fitted, its result and the facts of
 * the run (version, timing, provenance recorded just before the optimizer started).
 *
 * @param runId  the run's id in a sweep, or {@code null} for a lone fit
 * @param model  the model as fitted (settings included)
 * @param result the optimizer's result
 * @param info   version, start and end, provenance
 */
public record FitRun(String runId, ModelDefinition model, FitResult result, RunInfo info) {

    /**
     * Whether the fit stopped because its thread was interrupted: its result is the best so far, not
     * a finished fit's, and the pipeline writes no result files for it.
     */
    public boolean interrupted() {
        return result.stopReason() == DeResult.StopReason.INTERRUPTED;
    }

    /**
     * What a person must hear before trusting this fit (see {@link DataWarning}): the data sets with points
     * the figure of merit could not use, left out of this fit, then those at whose usable points the fitted
     * model made non-finite terms ({@link #resultWarnings()}); empty when every point took part.
     */
    public List<DataWarning> dataWarnings() {
        List<DataWarning> all = new java.util.ArrayList<>(model.dataWarnings());
        all.addAll(resultWarnings());
        return List.copyOf(all);
    }

    /** The warnings this fit's result adds to those of its data: see {@link ModelDefinition#resultWarnings}. */
    public List<DataWarning> resultWarnings() {
        return model.resultWarnings(result);
    }

    /** How many data points, over all data sets, the figure of merit could not use. */
    public int excludedPoints() {
        return dataWarnings().stream().filter(DataWarning::excludesPoints).mapToInt(w -> w.counts().excluded()).sum();
    }

    /**
     * Writes the result files ({@code result.json}, {@code fit.csv}, {@code parameters.csv}, ...) into
     * {@code dir}, created if needed, all or nothing.
     */
    public void write(Path dir) {
        // The only calls of the result writer on the fit path: its signature may change in one place.
        ResultFiles.write(dir, model, model.settings(), result, info);
    }

    /** The result files {@link #write} writes, by name, in the order it renames them into place (result.json last). */
    public Map<String, String> texts() {
        return ResultFiles.texts(model, model.settings(), result, info);
    }
}
