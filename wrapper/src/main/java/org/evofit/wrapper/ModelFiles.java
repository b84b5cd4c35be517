package org.evofit.wrapper;

import java.nio.file.Path;
import java.util.Locale;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelFileReader;
import org.evofit.wrapper.script.ScriptModels;

/**
 * Loads model files. A model file is YAML (or JSON) describing the model, its parameters, couplings,
 * data sets, figure of merit and optimizer settings; see the README for the format. A {@code .java}
 * file is a model script ({@link ScriptModels}).
 *
 * <pre>{@code
 * ModelDefinition model = ModelFiles.load(Path.of("examples/peaks/model.yaml"));
 * FitResult result = Fitter.fit(model.problem(), model.settings(), GenerationListener.NONE);
 * }</pre>
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Loads and checks a model file (or model script) and the data files it names.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException  for a mistake in the model file (message
     *                                                    {@code FILE:LINE:COLUMN: what was expected})
     * @throws org.evofit.wrapper.script.ScriptException for a script that does not compile or define
     * @throws org.evofit.core.data.DataFileException      for a mistake in a data file
     */
    public static ModelDefinition load(Path file) {
        return load(file, null);
    }

    /**
     * Loads a model file with its first data set read from another file: same columns, range and
     * name, only the file differs. This is how a sweep fits one model to many measurements.
     *
     * A model script's first declared data file is replaced the same way.
     *
     * @param dataFile replaces the first data set's {@code file:}; {@code null} keeps the model's
     * @throws org.evofit.wrapper.doc.ModelFileException  for a mistake in the model file
     * @throws org.evofit.wrapper.script.ScriptException for a script that does not compile or define
     * @throws org.evofit.core.data.DataFileException      for a mistake in a data file
     */
    public static ModelDefinition load(Path file, Path dataFile) {
        // The one place that tells a script from a model file: every way a fit runs loads through here.
        if (isScript(file)) {
            return ScriptModels.load(file, dataFile);
        }
        return ModelFileReader.read(file, dataFile);
    }

    /** Whether the file is a model script (a {@code .java} file) rather than a model file. */
    public static boolean isScript(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java");
    }
}
