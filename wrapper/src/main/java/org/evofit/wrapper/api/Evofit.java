package org.evofit.wrapper.api;

import java.nio.file.Path;
import org.evofit.wrapper.ModelFiles;

/**
 * Where a notebook starts: {@link #load} a model file, or build a {@link #reflectivity()} or a
 * {@link #curve()} model in code. Any of them can be fitted, and saved back as a model file with
 * {@link Model#save}.
 *
 * <pre>{@code
 * var fit = Evofit.load(Path.of("examples/peaks/model.yaml")).withSeed(7).fit();
 * System.out.println(fit.table());
 * }</pre>
 */
public final class Evofit {

    private Evofit() {
    }

    /**
     * Loads and checks a model file (or a {@code .java} model script) and the data files it names.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException for a mistake in the model file
     * @throws org.evofit.core.data.DataFileException     for a mistake in a data file
     */
    public static Model load(Path modelFile) {
        return new Model(ModelFiles.load(modelFile));
    }

    /** A new, empty curve model (peaks, backgrounds, expressions) to fill in code. */
    public static CurveBuilder curve() {
        return new CurveBuilder();
    }

    /** A new, empty reflectivity model to fill in code (GenX's defaults until told otherwise). */
    public static ReflectivityBuilder reflectivity() {
        return new ReflectivityBuilder();
    }
}
