package org.evofit.wrapper.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelFileWriter;
import org.evofit.wrapper.run.FitPipeline;

/**
 * A model ready to simulate and fit. Immutable: every {@code with...} returns a new model, so a
 * notebook cell can try other settings without disturbing the model of another cell.
 */
public final class Model {

    private final ModelDefinition definition;

    /** Wraps a loaded or built definition. */
    public Model(ModelDefinition definition) {
        this.definition = definition;
    }

    /** The definition this model wraps (problem and settings), for the rest of evofit's API. */
    public ModelDefinition definition() {
        return definition;
    }

    /** Every parameter with its start value, bounds and fit flag, in slot order. */
    public List<Parameter> parameters() {
        return definition.problem().parameters();
    }

    /** Every data set with the simulation at the start values. */
    public List<Curve> simulate() {
        return curves(definition.problem().startValues());
    }

    /**
     * Every data set with the simulation at the start values, some free parameters set to other
     * values (couplings applied afterwards, as in a fit). Handy for making synthetic data.
     *
     * @param values free parameters' values by name
     * @throws IllegalArgumentException for a name that is not a free (fitted) parameter
     */
    public List<Curve> simulate(Map<String, Double> values) {
        FitProblem problem = definition.problem();
        List<String> free = problem.freeNames();
        Set<String> unknown = new HashSet<>(values.keySet());
        free.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            // Only free values go through the couplings the way a fit sends them, so only those are set.
            throw new IllegalArgumentException("not free parameters: " + unknown + "; expected some of " + free);
        }
        double[] start = problem.startValues();
        double[] vector = new double[free.size()];
        for (int k = 0; k < vector.length; k++) {
            String name = free.get(k);
            vector[k] = values.getOrDefault(name, start[problem.slotOf(name)]);
        }
        return curves(problem.values(vector));
    }

    /** Runs the fit with this model's settings, quietly. */
    public Fit fit() {
        return fit(GenerationListener.NONE);
    }

    /** Runs the fit; {@code listener} hears of every generation (on the optimizer's thread). */
    public Fit fit(GenerationListener listener) {
        // The pipeline every fit goes through records provenance now, before the optimizer runs.
        return new Fit(this, FitPipeline.lone().listening(listener).fit(definition));
    }

    /**
     * Saves the model as a model file (YAML) that {@link Evofit#load} reads back into the same model:
     * parameters with their start values, bounds and fit flags, couplings, data, figure of merit and
     * optimizer settings. Data read from files are referenced by path (relative to {@code file} when
     * possible); data given as arrays are written beside it as {@code <model>.<data set>.dat}. All
     * files are written atomically: a reader never sees half of them.
     *
     * <pre>{@code
     * fit.fittedModel().save(Path.of("fitted.yaml"));
     * }</pre>
     *
     * @param file the model file to write; its directory is created when missing
     * @return every file written, the model file first
     * @throws IllegalArgumentException for a model script (its .java file is already its file form)
     */
    public List<Path> save(Path file) {
        return ModelFileWriter.write(definition, file);
    }

    /**
     * This model with other start values, such as a fit's results; bounds and fit flags are kept.
     *
     * @param values start values by parameter name
     * @throws IllegalArgumentException for an unknown name or a value outside its bounds
     */
    public Model withValues(Map<String, Double> values) {
        FitProblem problem = definition.problem();
        for (Map.Entry<String, Double> v : values.entrySet()) {
            problem = problem.withStartValue(v.getKey(), v.getValue());
        }
        return new Model(definition.withProblem(problem));
    }

    /**
     * This model with another differential-evolution strategy.
     *
     * @param name GenX's name, such as {@code best_1_bin}, {@code rand_either_or} or {@code jade_best}
     * @throws IllegalArgumentException for an unknown name
     */
    public Model withStrategy(String name) {
        return withDe(de -> de.withStrategy(Strategy.byName(name)));
    }

    /**
     * This model with other optimizer, refinement and error-bar settings, for what the
     * {@code with...} shortcuts do not reach (km, kr, restarts, minSpread, refine, errorbarLevel...).
     *
     * <pre>{@code
     * model.withSettings(s -> s.withDe(s.de().withKmKr(0.5, 0.9)).withRefine(true))
     * }</pre>
     */
    public Model withSettings(UnaryOperator<FitSettings> change) {
        return new Model(definition.withSettings(change.apply(definition.settings())));
    }

    /** This model with another random seed for the optimizer. */
    public Model withSeed(long seed) {
        return withDe(de -> de.withSeed(seed));
    }

    /** This model with a fixed number of generations. */
    public Model withGenerations(int generations) {
        return withDe(de -> de.withGenerations(generations));
    }

    /** This model with a fixed population size. */
    public Model withPopulation(int population) {
        return withDe(de -> de.withPopulation(population));
    }

    /** This model evaluated on {@code threads} threads (never changes the result). */
    public Model withThreads(int threads) {
        return new Model(definition.withSettings(definition.settings().withThreads(threads)));
    }

    /**
     * This model with one optimizer setting changed, named by its model-file key: any entry of
     * {@link OptimizerSettings}, such as {@code km}, {@code restarts} or {@code errorbarLevel}. The
     * value is of the setting's type (a number, a boolean, a strategy) or its text, as a model file
     * would write it.
     *
     * <pre>{@code
     * model.withSetting("km", 0.5).withSetting("strategy", "jade_best").withSetting("refine", true)
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown key, a value of the wrong type or out of bounds,
     *                                  naming the setting
     */
    public Model withSetting(String key, Object value) {
        OptimizerSetting setting = OptimizerSettings.require(key);
        FitSettings changed;
        try {
            changed = setting.apply(definition.settings(), value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
        return new Model(definition.withSettings(changed));
    }

    /**
     * This model compared by another figure of merit (a GenX name such as {@code log} or
     * {@code chi2}).
     *
     * @throws IllegalArgumentException for an unknown name, or one that needs errors the data lack
     */
    public Model withFom(String name) {
        return new Model(definition.withProblem(definition.problem()
                .withFigureOfMerit(FiguresOfMerit.byName(name, NonFinitePolicy.IGNORE))));
    }

    private Model withDe(UnaryOperator<DeSettings> change) {
        return new Model(definition.withSettings(definition.settings()
                .withDe(change.apply(definition.settings().de()))));
    }

    /** The curves of every data set at the given slot values. */
    List<Curve> curves(double[] values) {
        List<DataSet> sets = definition.problem().dataSets();
        double[][] sim = definition.problem().simulate(values);
        List<Curve> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            out.add(new Curve(d.name(), d.x().clone(), d.y().clone(), sim[i]));
        }
        return out;
    }

    /** The model's source (or "built in code") and its counts. */
    @Override
    public String toString() {
        FitProblem p = definition.problem();
        return "Model[" + (definition.source() == null ? "built in code" : definition.source()) + ", "
                + p.parameters().size() + " parameters, " + p.freeCount() + " free, "
                + p.dataSets().size() + " data sets, fom " + p.figureOfMerit().name() + "]";
    }
}
