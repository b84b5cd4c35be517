package org.evofit.wrapper.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.Doublet;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.LayerMagnetism;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.PolarisationQuantity;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelLayout;
import org.evofit.wrapper.model.ModelStructure;

/**
 * A reflectivity model written in code, the same problem a {@code kind: reflectivity} model file
 * gives. Quantities take a fixed value, or a start value with bounds to be fitted.
 *
 * <pre>{@code
 * Model m = Evofit.reflectivity()
 *     .xray(1.54).twoTheta()
 *     .layer("Amb", l -> l.sld(0, 0))
 *     .layer("Film", l -> l.material("Fe").dens(0.0849).d(100, 50, 150).sigma(3, 0, 8))
 *     .layer("Sub", l -> l.material("Si + 2*O").dens(0.0266).sigma(2))
 *     .ambient("Amb").stack("film", 1, "Film").substrate("Sub")
 *     .data("xrr", x, y)
 *     .fom("log").generations(300).population(30)
 *     .build();
 * }</pre>
 *
 * <p>Polarised neutrons: magnetic layers ({@link LayerBuilder#sldm}, {@link LayerBuilder#moment},
 * {@link LayerBuilder#thetaM}), the guide field and optics ({@link #polarisation}) and the spin channel of each
 * data set ({@link #channel}) make the model a model file of polarised neutrons gives, one part per channel:
 *
 * <pre>{@code
 * Model m = Evofit.reflectivity().neutron(5).q()
 *     .layer("Fe", l -> l.sld(8.02, 0).d(38, 30, 46).sldm(3.5, 1, 6).thetaM(250, 200, 270))
 *     ...
 *     .polarisation(PolarisationQuantity.POLARISER, 0.99)
 *     .data(Path.of("pp.dat"), 0, 1).channel("pp.dat", "++")
 *     .data(Path.of("mm.dat"), 0, 1).channel("mm.dat", "--")
 *     .build();
 * }</pre>
 *
 * <p>The builder is mutable and may be built more than once; a layer or data set given again under
 * the same name replaces the earlier one, so one builder can make a synthetic curve and then the
 * model that fits it.
 */
public final class ReflectivityBuilder {

    private final GenxInstrument defaults = GenxInstrument.defaults();
    private Probe probe = defaults.probe();
    private double wavelength = defaults.wavelength();
    private Coordinates coords = defaults.coords();
    private GenxResolution restype = GenxResolution.NONE;
    private int respoints = defaults.respoints();
    private double resintrange = defaults.resintrange();
    private FootprintType footprint = FootprintType.NONE;
    private String resolutionExpression;
    private Doublet doublet;
    private final Map<InstrumentQuantity, Parameter> instrument = new EnumMap<>(InstrumentQuantity.class);
    private final Map<String, LayerBuilder> layers = new LinkedHashMap<>();
    private String ambient;
    private final List<StackSpec> stacks = new ArrayList<>();
    private String substrate;
    private final FitSetup setup = new FitSetup();
    private final PolarisedSetup polarised = new PolarisedSetup();

    ReflectivityBuilder() {
    }

    /** X-rays of wavelength λ (Å); f of every material is looked up at λ. */
    public ReflectivityBuilder xray(double lambda) {
        probe = Probe.XRAY;
        wavelength = lambda;
        return this;
    }

    /** Neutrons of wavelength λ (Å). */
    public ReflectivityBuilder neutron(double lambda) {
        probe = Probe.NEUTRON;
        wavelength = lambda;
        return this;
    }

    /** The data's x is the scattering angle 2θ in degrees. */
    public ReflectivityBuilder twoTheta() {
        coords = Coordinates.TWO_THETA;
        return this;
    }

    /** The data's x is q in Å⁻¹. */
    public ReflectivityBuilder q() {
        coords = Coordinates.Q;
        return this;
    }

    /** Fixed incident intensity (the scale of the curve). */
    public ReflectivityBuilder i0(double value) {
        return instrument(InstrumentQuantity.I0, InstrumentQuantity.I0.fixed(value));
    }

    /** Fitted incident intensity. */
    public ReflectivityBuilder i0(double value, double min, double max) {
        return instrument(InstrumentQuantity.I0, InstrumentQuantity.I0.fitted(value, min, max));
    }

    /** Fixed constant background. */
    public ReflectivityBuilder background(double value) {
        return instrument(InstrumentQuantity.IBKG, InstrumentQuantity.IBKG.fixed(value));
    }

    /** Fitted constant background. */
    public ReflectivityBuilder background(double value, double min, double max) {
        return instrument(InstrumentQuantity.IBKG, InstrumentQuantity.IBKG.fitted(value, min, max));
    }

    /**
     * GenX's resolution smearing with a fixed width.
     *
     * @param type  GenX's name of the mode, such as {@code fast conv}
     * @param sigma one standard deviation (not FWHM) in x units
     */
    public ReflectivityBuilder resolution(String type, double sigma) {
        restype = GenxResolution.of(type);
        return instrument(InstrumentQuantity.RES, InstrumentQuantity.RES.fixed(sigma));
    }

    /** GenX's resolution smearing with a fitted width (one standard deviation in x units). */
    public ReflectivityBuilder resolution(String type, double sigma, double min, double max) {
        restype = GenxResolution.of(type);
        return instrument(InstrumentQuantity.RES, InstrumentQuantity.RES.fitted(sigma, min, max));
    }

    /**
     * The resolution's width at each data point as an expression of {@code x} and parameters or
     * variables, such as {@code sqrt((dlol*x)^2 + dth^2)}: what {@code res} would be there (in the
     * {@code (dx/x)} modes the factor of x). Only GenX's varying and full modes take it.
     */
    public ReflectivityBuilder resolutionExpression(String expression) {
        this.resolutionExpression = expression;
        return this;
    }

    /**
     * A second wavelength, such as Cu Kα2 ({@link Doublet#CU_KALPHA2}) beside the instrument's Kα1, with
     * its intensity relative to the first: the curve is (R1 + ratio·R2)/(1 + ratio), see {@link Doublet}.
     */
    public ReflectivityBuilder doublet(Doublet second) {
        this.doublet = second;
        return this;
    }

    /**
     * How many points GenX's resolution smearing samples and over how many standard deviations
     * (GenX's respoints and resintrange).
     */
    public ReflectivityBuilder resolutionSampling(int points, double range) {
        respoints = points;
        resintrange = range;
        return this;
    }

    /**
     * GenX's footprint correction by its name ({@code gauss beam}, {@code square beam}); the beam width
     * and sample length are instrument quantities ({@link #instrument(InstrumentQuantity, double)}).
     */
    public ReflectivityBuilder footprint(String type) {
        footprint = FootprintType.of(type);
        return this;
    }

    /** Any quantity of the instrument ({@link InstrumentQuantity}), fixed. */
    public ReflectivityBuilder instrument(InstrumentQuantity quantity, double value) {
        return instrument(quantity, quantity.fixed(value));
    }

    /** Any quantity of the instrument ({@link InstrumentQuantity}), fitted between {@code min} and {@code max}. */
    public ReflectivityBuilder instrument(InstrumentQuantity quantity, double value, double min, double max) {
        return instrument(quantity, quantity.fitted(value, min, max));
    }

    private ReflectivityBuilder instrument(InstrumentQuantity quantity, Parameter p) {
        if (quantity == InstrumentQuantity.WAVELENGTH) {
            wavelength = p.value();
        }
        instrument.put(quantity, p);
        return this;
    }

    /** Declares (or replaces) a layer; {@code how} sets its material and quantities. */
    public ReflectivityBuilder layer(String name, Consumer<LayerBuilder> how) {
        LayerBuilder layer = new LayerBuilder(name);
        how.accept(layer);
        layers.put(name, layer);
        return this;
    }

    /** The ambient (fronting) medium. */
    public ReflectivityBuilder ambient(String layer) {
        ambient = layer;
        return this;
    }

    /** Adds a stack: stacks and their layers are listed from the substrate up, as GenX lists them. */
    public ReflectivityBuilder stack(String name, int repetitions, String... stackLayers) {
        stacks.add(new StackSpec(name, List.of(stackLayers), repetitions));
        return this;
    }

    /** The substrate (backing) medium. */
    public ReflectivityBuilder substrate(String layer) {
        substrate = layer;
        return this;
    }

    /** A fitted user variable (GenX's UserVars), for couplings. */
    public ReflectivityBuilder variable(String name, double value, double min, double max) {
        setup.variable(Parameter.fitted(name, value, min, max));
        return this;
    }

    /** A fixed user variable, for couplings. */
    public ReflectivityBuilder variable(String name, double value) {
        setup.variable(Parameter.fixed(name, value));
        return this;
    }

    /**
     * The guide-field angle ({@code aguide}, degrees), the applied field ({@code H}, tesla) or an efficiency of
     * the polarising optics, fixed; unset ones keep their defaults ({@link PolarisationQuantity}). Makes the model
     * one of polarised neutrons.
     *
     * @throws IllegalArgumentException for an efficiency that is not a probability
     */
    public ReflectivityBuilder polarisation(PolarisationQuantity quantity, double value) {
        polarised.set(quantity, PolarisedSetup.fixed(quantity, value));
        return this;
    }

    /** As {@link #polarisation(PolarisationQuantity, double)}, fitted between {@code min} and {@code max}. */
    public ReflectivityBuilder polarisation(PolarisationQuantity quantity, double value, double min, double max) {
        polarised.set(quantity, PolarisedSetup.fitted(quantity, value, min, max));
        return this;
    }

    /**
     * The spin channel data set {@code dataSet} measures: {@code ++}, {@code --}, {@code +-}, {@code -+}, or
     * {@code +} / {@code -} without analyser. In a model of polarised neutrons every data set names one.
     *
     * @throws IllegalArgumentException for an unknown channel
     */
    public ReflectivityBuilder channel(String dataSet, String channel) {
        polarised.channel(dataSet, channel);
        return this;
    }

    /** A coupling such as {@code "Pt.d = Lambda - Fe.d"}, applied before every simulation. */
    public ReflectivityBuilder couple(String coupling) {
        setup.couple(coupling);
        return this;
    }

    /** A data set from arrays (copied), without errors. */
    public ReflectivityBuilder data(String name, double[] x, double[] y) {
        setup.data(DataSet.of(name, x.clone(), y.clone()), DataOrigin.arrays());
        return this;
    }

    /** A data set from arrays (copied), with 1-sigma errors of y. */
    public ReflectivityBuilder data(String name, double[] x, double[] y, double[] error) {
        setup.data(DataSet.of(name, x.clone(), y.clone()).withErrors(error.clone()), DataOrigin.arrays());
        return this;
    }

    /**
     * A data set from a whitespace- or comma-separated text file, named after the file.
     *
     * @param xColumn zero-based column of x
     * @param yColumn zero-based column of y
     * @throws org.evofit.core.data.DataFileException for a file that cannot be read as columns
     */
    public ReflectivityBuilder data(Path file, int xColumn, int yColumn) {
        setup.data(file, ColumnSpec.of(xColumn, yColumn));
        return this;
    }

    /** The figure of merit by its GenX name ({@code log} unless told). */
    public ReflectivityBuilder fom(String name) {
        setup.fom(name);
        return this;
    }

    /** The number of generations (GenX's default rule unless told). */
    public ReflectivityBuilder generations(int generations) {
        setup.de(de -> de.withGenerations(generations));
        return this;
    }

    /** The population size (GenX's default rule unless told). */
    public ReflectivityBuilder population(int population) {
        setup.de(de -> de.withPopulation(population));
        return this;
    }

    /** The differential-evolution strategy by its GenX name, such as {@code best_1_bin} or {@code jade_best}. */
    public ReflectivityBuilder strategy(String name) {
        setup.strategy(name);
        return this;
    }

    /**
     * Fits only the points of data set {@code name} with {@code xmin <= x <= xmax} (all are simulated).
     *
     * @throws IllegalArgumentException for an unknown data set or {@code xmin > xmax}
     */
    public ReflectivityBuilder range(String name, double xmin, double xmax) {
        setup.range(name, xmin, xmax);
        return this;
    }

    /** The optimizer's random seed (1 unless told). */
    public ReflectivityBuilder seed(long seed) {
        setup.de(de -> de.withSeed(seed));
        return this;
    }

    /** Threads evaluating the population (1 unless told). */
    public ReflectivityBuilder threads(int threads) {
        setup.threads(threads);
        return this;
    }

    /**
     * The model as it stands.
     *
     * @throws IllegalArgumentException for a missing ambient or substrate, an unknown layer name, a
     *                                  bad composition or coupling, no data, a data set of polarised
     *                                  neutrons without its channel, or any check a model file would fail
     */
    public Model build() {
        if (ambient == null || substrate == null) {
            throw new IllegalArgumentException("a sample needs an ambient(...) and a substrate(...) layer");
        }
        Map<String, LayerSpec> specs = new LinkedHashMap<>();
        layers.forEach((name, layer) -> specs.put(name, layer.spec(wavelength, probe == Probe.XRAY)));
        SampleSpec sample = new SampleSpec(specs, ambient, stacks, substrate);
        ReflectivityModel single = new ReflectivityModel(sample, InstrumentSpec.of(choices(), instrument::get), null,
                resolutionExpression, setup.variableNames()).withDoublet(doublet);
        List<LayerMagnetism> magnetism = layers.values().stream().map(LayerBuilder::magnetism)
                .filter(Objects::nonNull).toList();
        ParameterizedModel model = polarised.polarised(magnetism)
                ? polarised.model(single, magnetism, setup.dataSets()) : single;

        // The same order a model file gives: the model's parameters (the sample's, then the instrument's), then the
        // variables.
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        model.parameters().forEach(p -> parameters.put(p.name(), p));
        List<Coupling> parsed = setup.couplings();
        List<Parameter> all = setup.withVariables(parameters);
        FitProblem problem = FitProblem.create(model, all.subList(parameters.size(), all.size()), parsed,
                setup.dataSets(), setup.figureOfMerit());
        ModelLayout layout = new ModelLayout(new ModelStructure.Reflectivity(), parsed, setup.origins());
        return new Model(new ModelDefinition(null, problem, setup.settings(), List.of(),
                layout));
    }

    /** The instrument's choices; its numbers are only defaults, the parameters hold the rest. */
    private GenxInstrument choices() {
        return new GenxInstrument(probe, wavelength, coords, defaults.i0(), defaults.ibkg(),
                defaults.tthoff(), defaults.resSigma(), restype, respoints, resintrange,
                defaults.beamw(), footprint, defaults.samplelen());
    }
}
