package org.evofit.wrapper;

import java.nio.file.Path;
import org.evofit.wrapper.modelfile.ModelFileReader;

/**
 * Loads model files. A model file is YAML (or JSON) describing the model, its parameters, couplings,
 * data sets, figure of merit and optimizer settings; see the README for the format.
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
     * Loads and checks a model file and the data files it names.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException  for a mistake in the model file (message
     *                                                    {@code FILE:LINE:COLUMN: what was expected})
     * @throws org.evofit.core.data.DataFileException      for a mistake in a data file
     */
    public static ModelDefinition load(Path file) {
        return ModelFileReader.read(file);
    }
}
