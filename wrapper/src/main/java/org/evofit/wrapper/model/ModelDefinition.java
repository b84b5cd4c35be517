package org.evofit.wrapper.model;

import java.nio.file.Path;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.FitSettings;

/**
 * A model as loaded from a model file (or built in code): the fit problem and the fit settings the
 * file asks for. Command-line options override the settings, never the problem.
 *
 * @param source      the model file, or {@code null} for a model built in code
 * @param problem     parameters, couplings, model, data and figure of merit
 * @param settings    optimizer, refinement and error-bar settings
 * @param dataSources where each data set came from, in the problem's order (empty when unknown)
 * @param layout      the structure, couplings and data origins a model file would write, or
 *                    {@code null} when the model cannot be written as a model file (a model script)
 * @param fileNames   how the files a fit of this model writes name its model and data files
 */
public record ModelDefinition(Path source, FitProblem problem, FitSettings settings, List<DataSource> dataSources,
                              ModelLayout layout, FileNames fileNames) {

    /** Copies the list. */
    public ModelDefinition {
        dataSources = List.copyOf(dataSources);
        fileNames = fileNames == null ? FileNames.AS_GIVEN : fileNames;
    }

    /** A definition whose files are named as they were given. */
    public ModelDefinition(Path source, FitProblem problem, FitSettings settings, List<DataSource> dataSources,
                           ModelLayout layout) {
        this(source, problem, settings, dataSources, layout, FileNames.AS_GIVEN);
    }

    /** A definition without a layout (a model script's). */
    public ModelDefinition(Path source, FitProblem problem, FitSettings settings, List<DataSource> dataSources) {
        this(source, problem, settings, dataSources, null);
    }

    /** A definition whose data sources and layout are unknown. */
    public ModelDefinition(Path source, FitProblem problem, FitSettings settings) {
        this(source, problem, settings, List.of(), null);
    }

    /** This definition with other settings. */
    public ModelDefinition withSettings(FitSettings newSettings) {
        return new ModelDefinition(source, problem, newSettings, dataSources, layout, fileNames);
    }

    /** This definition with another problem (for example another figure of merit); the layout is kept. */
    public ModelDefinition withProblem(FitProblem newProblem) {
        return new ModelDefinition(source, newProblem, settings, dataSources, layout, fileNames);
    }

    /**
     * This definition with its files named by {@code names} in what a fit of it writes (the web service's runs
     * name them as uploaded); the files read are the same.
     */
    public ModelDefinition withFileNames(FileNames names) {
        // This very definition when nothing changes: a worker's kept model stays one object for its runs.
        return names == fileNames ? this : new ModelDefinition(source, problem, settings, dataSources, layout, names);
    }

    /** The name the files a fit writes give the model file, or null for a model built in code. */
    public String sourceName() {
        return source == null ? null : fileNames.of(source);
    }

    /**
     * The data sets with points the figure of merit cannot use (see {@link DataWarning}), computed from the
     * problem as it is now, so a changed figure of merit is counted as it will fit.
     */
    public List<DataWarning> dataWarnings() {
        return DataWarning.of(problem, dataSources, fileNames);
    }

    /**
     * What the fit's result must add to {@link #dataWarnings()}: the data sets at whose usable points the
     * fitted model made non-finite figure-of-merit terms (see {@link DataWarning#ofModelTerms}).
     */
    public List<DataWarning> resultWarnings(FitResult result) {
        return DataWarning.ofModelTerms(problem, dataSources, fileNames, result.nonFiniteTerms());
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
