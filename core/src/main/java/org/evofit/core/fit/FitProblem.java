package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.model.Model;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Couplings;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * Everything one fit needs, fixed: the parameters (each with a slot in one {@code double[]}), the
 * couplings evaluated before every simulation, the model, the data sets and the figure of merit.
 * Immutable and thread-safe; {@link #objective()} turns it into what the optimizer minimises.
 *
 * <p>A parameter's slot is its index in {@link #parameters()}: a model that holds its parameters
 * ({@link ParameterizedModel}) takes the first slots in its own order, and the optimizer's free
 * parameters are found by index. Names are looked up only where a person refers to a parameter by
 * name: couplings' expressions, a sweep's start values and replaced parameters ({@link #withStartValue},
 * {@link #withParameter}, {@link #slotOf}), and model scripts, whose own code names them
 * ({@link #create(List, List, Function, List, FigureOfMerit)}). A curve model holds its parameters
 * too; only its expression components' formulas name parameters, resolved once when it is built.
 */
public final class FitProblem {

    private final List<Parameter> parameters;
    /** Slot by name, for the name-based look-ups only (see the type's comment); never on the evaluation path. */
    private final Map<String, Integer> slots;
    private final Couplings couplings;
    private final Model model;
    private final List<DataSet> dataSets;
    private final List<DataSet> fitted;
    private final FitData fitData;
    private final FigureOfMerit fom;
    private final int[] freeSlots;
    private final CoupledMinimums coupledMinimums;

    private FitProblem(List<Parameter> parameters, Map<String, Integer> slots, Couplings couplings,
                       Model model, List<DataSet> dataSets, FigureOfMerit fom) {
        this.parameters = parameters;
        this.slots = slots;
        this.couplings = couplings;
        this.model = model;
        this.dataSets = dataSets;
        this.fitted = dataSets.stream().map(DataSet::fitted).toList();
        this.fitData = FitData.of(dataSets);
        this.fom = fom;
        this.freeSlots = IntStream.range(0, parameters.size()).filter(i -> parameters.get(i).fit()).toArray();
        this.coupledMinimums = CoupledMinimums.of(parameters, couplings, model);
    }

    /**
     * Builds a problem over a model that reads its parameters by name: {@code modelFactory} gets
     * the slot of each name (-1 for an unknown one). Model scripts, whose code names parameters,
     * are built this way.
     *
     * @param parameters   every parameter and user variable, in slot order; names unique
     * @param couplings    expressions that set parameters from others before every simulation
     * @param modelFactory builds the model against the slot layout (name to slot index)
     * @param dataSets     the measured curves, at least one
     * @param fom          the figure of merit
     * @throws IllegalArgumentException for duplicate names, a coupled parameter marked for fitting,
     *                                  bad couplings (see {@link Couplings}), no data, missing errors
     *                                  for an error-weighted figure of merit, or more free parameters
     *                                  than points
     */
    public static FitProblem create(List<Parameter> parameters, List<Coupling> couplings,
                                    Function<ToIntFunction<String>, Model> modelFactory,
                                    List<DataSet> dataSets, FigureOfMerit fom) {
        Map<String, Integer> slots = slotsByName(parameters);
        return create(parameters, slots, couplings, () -> modelFactory.apply(name -> slots.getOrDefault(name, -1)),
                dataSets, fom);
    }

    /**
     * Builds a problem over a model that holds its parameters: they take the first slots, in the
     * model's order, and the variables (GenX's user variables, read by couplings) the slots after.
     * The model is bound to its slots by position, not by name.
     *
     * @param model     the model and its parameters
     * @param variables parameters of no model quantity, for couplings; names unique
     * @throws IllegalArgumentException as {@link #create(List, List, Function, List, FigureOfMerit)}
     */
    public static FitProblem create(ParameterizedModel model, List<Parameter> variables, List<Coupling> couplings,
                                    List<DataSet> dataSets, FigureOfMerit fom) {
        List<Parameter> all = new ArrayList<>(model.parameters());
        all.addAll(variables);
        return create(all, slotsByName(all), couplings, () -> model, dataSets, fom);
    }

    /** Each parameter's slot by name, rejecting a name given twice. */
    private static Map<String, Integer> slotsByName(List<Parameter> parameters) {
        Map<String, Integer> slots = new HashMap<>();
        for (Parameter p : parameters) {
            if (slots.putIfAbsent(p.name(), slots.size()) != null) {
                throw new IllegalArgumentException("parameter " + p.name() + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(slots);
    }

    private static FitProblem create(List<Parameter> parameters, Map<String, Integer> slots,
                                     List<Coupling> couplings, Supplier<Model> model, List<DataSet> dataSets,
                                     FigureOfMerit fom) {
        Couplings resolved = Couplings.resolve(couplings, parameters.stream().map(Parameter::name).toList());
        for (Parameter p : parameters) {
            if (p.fit() && resolved.targets().contains(p.name())) {
                throw new IllegalArgumentException("parameter " + p.name()
                        + " is set by a coupling, so it cannot also be fitted");
            }
        }
        if (dataSets.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one data set");
        }
        requireErrorsFor(fom, dataSets);
        FitProblem problem = new FitProblem(List.copyOf(parameters), slots, resolved, model.get(),
                List.copyOf(dataSets), fom);
        // All points, not only those the figure of merit can use: the Java API builds problems over
        // placeholder data (zeros under log) to simulate. A fit with too few usable ones is refused by
        // the model-file reader, and by the figure of merit when it divides by N - p.
        if (problem.fitData.points() <= problem.freeSlots.length) {
            throw new IllegalArgumentException("the fit has " + problem.freeSlots.length
                    + " free parameters but only " + problem.fitData.points() + " points in range");
        }
        return problem;
    }

    /**
     * Per data set, in order, the in-range points the figure of merit cannot use (see
     * {@link ExcludedPoints}); under its {@link org.evofit.core.fom.NonFinitePolicy#IGNORE} policy they
     * are left out of the fit.
     */
    public List<ExcludedPoints> excludedPoints() {
        return dataSets.stream().map(d -> ExcludedPoints.of(d, fom)).toList();
    }

    /**
     * The same problem compared by another figure of merit.
     *
     * @throws IllegalArgumentException if the figure of merit needs errors some data set lacks
     */
    public FitProblem withFigureOfMerit(FigureOfMerit other) {
        requireErrorsFor(other, dataSets);
        return new FitProblem(parameters, slots, couplings, model, dataSets, other);
    }

    /**
     * The same problem with one parameter's start value changed; its bounds and fit flag are kept.
     * A sweep varies start values this way without reading the model file again.
     *
     * @throws IllegalArgumentException for an unknown parameter or a value outside its bounds
     */
    public FitProblem withStartValue(String name, double value) {
        Integer slot = slots.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        List<Parameter> changed = new ArrayList<>(parameters);
        changed.set(slot, parameters.get(slot).withValue(value));
        return new FitProblem(List.copyOf(changed), slots, couplings, modelHolding(changed), dataSets, fom);
    }

    /**
     * The same problem with one parameter replaced by {@code replacement} (found by its name): its
     * value, bounds and fit flag. A chained sequence of fits re-centres bounds this way.
     *
     * @throws IllegalArgumentException for an unknown parameter, or a fit flag that a coupling
     *                                  forbids
     */
    public FitProblem withParameter(Parameter replacement) {
        Integer slot = slots.get(replacement.name());
        if (slot == null) {
            throw new IllegalArgumentException("unknown parameter '" + replacement.name() + "'");
        }
        if (replacement.fit() && couplings.targets().contains(replacement.name())) {
            throw new IllegalArgumentException("parameter " + replacement.name()
                    + " is set by a coupling, so it cannot also be fitted");
        }
        List<Parameter> changed = new ArrayList<>(parameters);
        changed.set(slot, replacement);
        return new FitProblem(List.copyOf(changed), slots, couplings, modelHolding(changed), dataSets, fom);
    }

    /**
     * The model with these parameters: a model that holds its parameters gets the changed ones (its
     * slots come first); any other model is bound to slots only, which do not change.
     */
    private Model modelHolding(List<Parameter> changed) {
        if (model instanceof ParameterizedModel held) {
            return held.withParameters(changed.subList(0, held.parameters().size()));
        }
        return model;
    }

    private static void requireErrorsFor(FigureOfMerit fom, List<DataSet> dataSets) {
        if (fom.needsErrors()) {
            for (DataSet d : dataSets) {
                if (!d.hasErrors()) {
                    throw new IllegalArgumentException("figure of merit " + fom.name()
                            + " weights by errors, but data set " + d.name() + " has none");
                }
            }
        }
    }

    /** Every parameter in slot order, with its start value. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The model, bound to this problem's slots. */
    public Model model() {
        return model;
    }

    /** The data sets (all points; the fit uses those in range). */
    public List<DataSet> dataSets() {
        return dataSets;
    }

    /** The figure of merit. */
    public FigureOfMerit figureOfMerit() {
        return fom;
    }

    /** The in-range points the figure of merit compares against. */
    public FitData fitData() {
        return fitData;
    }

    /** Number of free (fitted) parameters. */
    public int freeCount() {
        return freeSlots.length;
    }

    /** Names of the free parameters, in the order of the optimizer's vectors. */
    public List<String> freeNames() {
        List<String> out = new ArrayList<>();
        for (int s : freeSlots) {
            out.add(parameters.get(s).name());
        }
        return out;
    }

    /** The free parameters' slots, in the optimizer's order; for this package's evaluators. The caller must not modify it. */
    int[] freeSlots() {
        return freeSlots;
    }

    /** The couplings; for this package's evaluators. */
    Couplings couplings() {
        return couplings;
    }

    /**
     * The least value parameter {@code name} can take because of what it is (a layer's thickness
     * cannot be negative), or {@code null} when its quantity has none or the model does not say.
     */
    public Minimum minimumOf(String name) {
        return model instanceof ParameterizedModel held ? held.minimums().get(name) : null;
    }

    /** The minimums of the coupled parameters; for this package's evaluators. */
    CoupledMinimums coupledMinimums() {
        return coupledMinimums;
    }

    /** The data sets' in-range points, one data set each; for this package's evaluators. */
    List<DataSet> fitted() {
        return fitted;
    }

    /** The slot of a parameter, or -1. */
    public int slotOf(String name) {
        return slots.getOrDefault(name, -1);
    }

    /** The start values of every slot, couplings applied. */
    public double[] startValues() {
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters.get(i).value();
        }
        couplings.apply(values);
        return values;
    }

    /** Every slot's value for a vector of free parameters, couplings applied. */
    public double[] values(double[] free) {
        double[] values = startValues();
        for (int k = 0; k < freeSlots.length; k++) {
            values[freeSlots[k]] = free[k];
        }
        couplings.apply(values);
        return values;
    }

    /** The simulation of every data set at all its points (inside and outside the fit range). */
    public double[][] simulate(double[] values) {
        ModelEvaluator ev = model.newEvaluator();
        double[][] out = new double[dataSets.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[dataSets.get(i).size()];
            ev.evaluate(values, i, dataSets.get(i), out[i]);
        }
        return out;
    }

    /** The simulation at the in-range points only, as the figure of merit sees it. */
    public double[][] simulateFitted(double[] values) {
        ModelEvaluator ev = model.newEvaluator();
        double[][] out = new double[fitted.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[fitted.get(i).size()];
            ev.evaluate(values, i, fitted.get(i), out[i]);
        }
        return out;
    }

    /**
     * The figure of merit for the given slot values; NaN when a value or a model point is not finite,
     * or a coupled value is below its quantity's minimum, as the optimizer scores such a candidate.
     */
    public double fomOf(double[] values) {
        if (!Feasibility.finite(values) || !coupledMinimums.allow(values)) {
            return Double.NaN;
        }
        return fom.evaluate(fitData, simulateFitted(values), freeSlots.length);
    }

    /** The optimizer's view: free parameters within their bounds. */
    public Objective objective() {
        double[] lower = new double[freeSlots.length];
        double[] upper = new double[freeSlots.length];
        double[] start = new double[freeSlots.length];
        for (int k = 0; k < freeSlots.length; k++) {
            Parameter p = parameters.get(freeSlots[k]);
            lower[k] = p.min();
            upper[k] = p.max();
            start[k] = p.value();
        }
        double[] base = startValues();
        return new BoxObjective(lower, upper, start, () -> new ProblemEvaluator(base, freeSlots, couplings,
                coupledMinimums, model.newEvaluator(), fitted, fitData, fom));
    }
}
