package org.evofit.wrapper;

import java.nio.file.Path;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;

/**
 * A model as loaded from a model file (or built in code): the fit problem and the fit settings the
 * file asks for. Command-line options override the settings, never the problem.
 *
 * @param source   the model file, or {@code null} for a model built in code
 * @param problem  parameters, couplings, model, data and figure of merit
 * @param settings optimizer, refinement and error-bar settings
 */
public record ModelDefinition(Path source, FitProblem problem, FitSettings settings) {

    /** This definition with other settings. */
    public ModelDefinition withSettings(FitSettings newSettings) {
        return new ModelDefinition(source, problem, newSettings);
    }
}
