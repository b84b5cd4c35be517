package org.evofit.wrapper;

import java.nio.file.Path;
import java.util.Locale;
import org.evofit.wrapper.model.DataReplacement;
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
        return loadWith(file, DataReplacement.first(dataFile));
    }

    /**
     * Loads a model file with the data sets {@code data} names read from other files (each keeps its
     * columns, range, sample and instrument): how a sweep fits a joint model to pairs of measurements.
     *
     * @throws IllegalArgumentException for data sets by name given to a model script, whose data sets
     *                                  have no names in a file the sweep could check
     * @throws org.evofit.wrapper.doc.ModelFileException  as {@link #load(Path, Path)}, and for a name the
     *                                                    model's data sets do not have
     */
    public static ModelDefinition loadWith(Path file, DataReplacement data) {
        // The one place that tells a script from a model file: every way a fit runs loads through here.
        if (isScript(file)) {
            if (!data.byName().isEmpty()) {
                throw new IllegalArgumentException("model script " + file + " cannot have its data sets replaced by"
                        + " name (" + String.join(", ", data.byName().keySet()) + "); expected a model file, or data:"
                        + " as a list, which replaces the script's first data file");
            }
            return ScriptModels.load(file, data.first());
        }
        return ModelFileReader.read(file, data);
    }

    /** Whether the file is a model script (a {@code .java} file) rather than a model file. */
    public static boolean isScript(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java");
    }
}
