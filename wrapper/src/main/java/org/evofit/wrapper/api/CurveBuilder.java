package org.evofit.wrapper.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.core.model.curve.DeclaredCurveModel;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelLayout;
import org.evofit.wrapper.model.ModelStructure;

/**
 * A curve model written in code, the same problem a {@code kind: curve} model file gives: a sum of
 * components (peaks, backgrounds, expressions of x), each parameter fixed or fitted.
 *
 * <pre>{@code
 * Model m = Evofit.curve()
 *     .gaussian("g1", c -> c.set("height", 2000, 1000, 2500).set("center", 49.8, 49.5, 50.5).set("sigma", 0.2))
 *     .voigt("v1", c -> c.set("area", 300, 100, 600).set("center", 47.6, 47, 48).set("sigma", 0.2).set("gamma", 0.1, 0, 1))
 *     .constant("bkg", c -> c.set("value", 100, 75, 125))
 *     .couple("v1.sigma = g1.sigma")
 *     .data("peaks", x, y, error)
 *     .fom("chi2bars").generations(500).population(40)
 *     .build();
 * }</pre>
 *
 * <p>Components are added in the order given; a component given again under the same name replaces
 * the earlier one. Parameters are called {@code <component>.<parameter>}, as in a model file.
 */
public final class CurveBuilder {

    private final Map<String, ComponentSpec> specs = new LinkedHashMap<>();
    private final Map<String, ComponentBuilder> values = new LinkedHashMap<>();
    private final FitSetup setup = new FitSetup();

    CurveBuilder() {
    }

    /** A Gaussian, {@code height·exp(−(x−center)²/(2·sigma²))}: height, center, sigma. */
    public CurveBuilder gaussian(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("gaussian", name), how);
    }

    /** A Lorentzian, {@code height/(1 + ((x−center)/gamma)²)}: height, center, gamma (half width at half maximum). */
    public CurveBuilder lorentzian(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("lorentzian", name), how);
    }

    /**
     * A Voigt profile, the convolution of a Gaussian (standard deviation sigma) and a Lorentzian
     * (half width gamma) of integral {@code area}: area, center, sigma, gamma.
     */
    public CurveBuilder voigt(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("voigt", name), how);
    }

    /** A pseudo-Voigt, {@code height·(eta·L + (1−eta)·G)} with one FWHM: height, center, fwhm, eta. */
    public CurveBuilder pseudoVoigt(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("pseudo-voigt", name), how);
    }

    /** A polynomial {@code Σ c_k·x^k} of the given degree: c0 .. c<i>degree</i>. */
    public CurveBuilder polynomial(String name, int degree, Consumer<ComponentBuilder> how) {
        return component(new ComponentSpec("polynomial", name, degree, null, List.of()), how);
    }

    /** An exponential, {@code amplitude·exp(rate·x)}: amplitude, rate. */
    public CurveBuilder exponential(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("exponential", name), how);
    }

    /** A constant background: value. */
    public CurveBuilder constant(String name, Consumer<ComponentBuilder> how) {
        return component(ComponentSpec.of("constant", name), how);
    }

    /**
     * An expression of x over its own parameters, such as {@code expression("tail", "a*exp(-x/t)",
     * List.of("a", "t"), c -> c.set("a", 50, 0, 100).set("t", 2, 0.1, 10))}.
     */
    public CurveBuilder expression(String name, String expression, List<String> parameters,
                                   Consumer<ComponentBuilder> how) {
        return component(new ComponentSpec("expression", name, 0, expression, parameters), how);
    }

    private CurveBuilder component(ComponentSpec spec, Consumer<ComponentBuilder> how) {
        ComponentBuilder c = new ComponentBuilder();
        how.accept(c);
        specs.remove(spec.name());
        specs.put(spec.name(), spec);
        values.put(spec.name(), c);
        return this;
    }

    /** A fitted user variable (GenX's UserVars), for couplings. */
    public CurveBuilder variable(String name, double value, double min, double max) {
        setup.variable(Parameter.fitted(name, value, min, max));
        return this;
    }

    /** A fixed user variable, for couplings. */
    public CurveBuilder variable(String name, double value) {
        setup.variable(Parameter.fixed(name, value));
        return this;
    }

    /** A coupling such as {@code "g2.sigma = g1.sigma"}, applied before every simulation. */
    public CurveBuilder couple(String coupling) {
        setup.couple(coupling);
        return this;
    }

    /** A data set from arrays (copied), without errors. */
    public CurveBuilder data(String name, double[] x, double[] y) {
        setup.data(DataSet.of(name, x.clone(), y.clone()), DataOrigin.arrays());
        return this;
    }

    /** A data set from arrays (copied), with 1-sigma errors of y. */
    public CurveBuilder data(String name, double[] x, double[] y, double[] error) {
        setup.data(DataSet.of(name, x.clone(), y.clone()).withErrors(error.clone()), DataOrigin.arrays());
        return this;
    }

    /**
     * A data set from a whitespace- or comma-separated text file, named after the file.
     *
     * @param xColumn     zero-based column of x
     * @param yColumn     zero-based column of y
     * @param errorColumn zero-based column of y's 1-sigma errors, or {@link ColumnSpec#ABSENT}
     * @throws org.evofit.core.data.DataFileException for a file that cannot be read as columns
     */
    public CurveBuilder data(Path file, int xColumn, int yColumn, int errorColumn) {
        setup.data(file, ColumnSpec.of(xColumn, yColumn, errorColumn));
        return this;
    }

    /**
     * Fits only the points of data set {@code name} with {@code xmin <= x <= xmax} (all are simulated).
     *
     * @throws IllegalArgumentException for an unknown data set or {@code xmin > xmax}
     */
    public CurveBuilder range(String name, double xmin, double xmax) {
        setup.range(name, xmin, xmax);
        return this;
    }

    /** The figure of merit by its GenX name ({@code log} unless told), such as {@code chi2bars}. */
    public CurveBuilder fom(String name) {
        setup.fom(name);
        return this;
    }

    /** The differential-evolution strategy by its GenX name, such as {@code best_1_bin} or {@code jade_best}. */
    public CurveBuilder strategy(String name) {
        setup.strategy(name);
        return this;
    }

    /** The number of generations (GenX's default rule unless told). */
    public CurveBuilder generations(int generations) {
        setup.de(de -> de.withGenerations(generations));
        return this;
    }

    /** The population size (GenX's default rule unless told). */
    public CurveBuilder population(int population) {
        setup.de(de -> de.withPopulation(population));
        return this;
    }

    /** The optimizer's random seed (1 unless told). */
    public CurveBuilder seed(long seed) {
        setup.de(de -> de.withSeed(seed));
        return this;
    }

    /** Threads evaluating the population (1 unless told). */
    public CurveBuilder threads(int threads) {
        setup.threads(threads);
        return this;
    }

    /**
     * The model as it stands.
     *
     * @throws IllegalArgumentException for no components, a parameter a component does not have, a
     *                                  bad expression or coupling, no data, or any check a model file
     *                                  would fail
     */
    public Model build() {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("a curve model needs at least one component");
        }
        // The order a model file gives: each component's parameters in its own order, then the variables.
        List<DeclaredComponent> components = new ArrayList<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (ComponentSpec spec : specs.values()) {
            DeclaredComponent component = DeclaredComponent.of(spec);
            for (Map.Entry<String, Function<String, Parameter>> set : values.get(spec.name()).parameters().entrySet()) {
                component = component.with(set.getKey(), set.getValue());
            }
            components.add(component);
            component.parameters().forEach(p -> parameters.put(p.name(), p));
        }
        List<Parameter> all = setup.withVariables(parameters);
        List<Parameter> variables = all.subList(parameters.size(), all.size());
        List<Coupling> couplings = setup.couplings();
        FitProblem problem = FitProblem.create(
                DeclaredCurveModel.create(components, variables.stream().map(Parameter::name).toList()),
                variables, couplings, setup.dataSets(), setup.figureOfMerit());
        List<ComponentSpec> declared = components.stream().map(DeclaredComponent::spec).toList();
        ModelLayout layout = new ModelLayout(new ModelStructure.Curve(declared), couplings, setup.origins());
        return new Model(new ModelDefinition(null, problem, setup.settings(), List.of(),
                layout));
    }
}
