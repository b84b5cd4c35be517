package org.evofit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.io.RunInfo;
import org.evofit.wrapper.model.ModelDefinition;

/** Short fits of a model file to a falling curve on a Q grid, written as run directories for the report tests. */
final class ShortFits {

    /**
     * A model, its fit and the run directory the fit was written to.
     *
     * @param model  the model read from its file
     * @param result the fit
     * @param run    the run directory
     */
    record Run(ModelDefinition model, FitResult result, Path run) {
    }

    private ShortFits() {
    }

    /**
     * Writes {@code q.dat} (30 points Q = step, 2·step, ..., R = 1e-8/Q⁴, error 1e-3) and {@code model.yaml}
     * into {@code dir}, fits the model and writes the run into {@code dir/run}.
     */
    static Run fit(Path dir, double step, String modelYaml) throws IOException {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            grid.append(step * i).append(' ').append(Math.pow(step * i, -4) * 1e-8).append(" 1e-3\n");
        }
        Files.writeString(dir.resolve("q.dat"), grid);
        Files.writeString(dir.resolve("model.yaml"), modelYaml);
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        FitResult result = Fitter.fit(model.problem(), model.settings(), GenerationListener.NONE);
        Path run = dir.resolve("run");
        ResultFiles.write(run, model, model.settings(), result, new RunInfo("test", Instant.EPOCH, Instant.EPOCH));
        return new Run(model, result, run);
    }
}
