package org.evofit.wrapper;

import java.nio.file.Path;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;

/**
 * A model as loaded from a model file (or built in code): the fit problem and the fit settings the
 * file asks for. Command-line options override the settings, never the problem.
 *
 * @param source      the model file, or {@code null} for a model built in code
 * @param problem     parameters, couplings, model, data and figure of merit
 * @param settings    optimizer, refinement and error-bar settings
 * @param dataSources where each data set came from, in the problem's order (empty when unknown)
 */
public record ModelDefinition(Path source, FitProblem problem, FitSettings settings, List<DataSource> dataSources) {

    /** Copies the list. */
    public ModelDefinition {
        dataSources = List.copyOf(dataSources);
    }

    /** A definition whose data sources are unknown (built in code). */
    public ModelDefinition(Path source, FitProblem problem, FitSettings settings) {
        this(source, problem, settings, List.of());
    }

    /** This definition with other settings. */
    public ModelDefinition withSettings(FitSettings newSettings) {
        return new ModelDefinition(source, problem, newSettings, dataSources);
    }

    /** This definition with another problem (for example another figure of merit). */
    public ModelDefinition withProblem(FitProblem newProblem) {
        return new ModelDefinition(source, newProblem, settings, dataSources);
    }

    /**
     * This definition with one parameter's start value changed (bounds and fit flag kept).
     *
     * @throws IllegalArgumentException for an unknown parameter or a value outside its bounds
     */
    public ModelDefinition withParameterValue(String name, double value) {
        return withProblem(problem.withStartValue(name, value));
    }
}
