package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.expr.CompiledFunction;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.core.refl.ParrattKernel;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SmearingWorkspace;
import org.evofit.core.refl.instrument.AccurateSmearing;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.instrument.Reflectivity;

/**
 * Specular reflectivity of a layered sample seen through an instrument (GenX's {@code spec_nx}): the sample's
 * layers from the parameter values, a Parratt kernel, then the instrument's coordinates, footprint, resolution,
 * scale and background. Every resolution mode goes through the instrument's pipeline: GenX's modes through
 * {@link GenxInstrument#apply} around the production kernel, evofit's accurate ones through
 * {@link GenxInstrument#applyAccurate} around {@link SmearedReflectivity}, whose grid the production kernel evaluates
 * too (not its own slab kernel: 3.7x the cost per point). The same instrument serves every data set; a data
 * set's resolution and wavelength columns, where present, give each point's own ({@link WavelengthRuns}).
 */
public final class ReflectivityModel implements ParameterizedModel {

    private final SampleSpec sampleSpec;
    private final InstrumentSpec instrumentSpec;
    private final List<Parameter> parameters;
    private final SampleLayout sample;
    private final InstrumentParameters instrument;
    private final AccurateResolution accurate;
    private final String resolutionExpression;
    private final List<String> variables;
    private final CompiledFunction resolutionWidth;
    private final Doublet doublet;
    /** f(λ2) - f(λ1) of each distinct layer given by a material, zero for the others; null without a doublet. */
    private final double[] doubletShiftRe;
    private final double[] doubletShiftIm;
    /** The wavelength at which material layers' X-ray f are given (the tables' look-up). */
    private final double materialWavelength;
    /** f(instrument's λ) - f(material wavelength) per distinct layer, or null where they are the same. */
    private final double[][] instrumentShift;
    private final Polarisation polarisation; // magnetism, optics and channel; null for unpolarised neutrons

    /**
     * The model of {@code sample} seen through {@code instrument}. It collects their parameters:
     * the sample's ({@link SampleSpec#parameters()}), then the instrument's; they take the slots
     * from 0 in this order.
     *
     * @param accurate evofit's accurate resolution smearing, or {@code null} for the instrument's
     *                 (GenX) resolution mode; when given, the instrument's mode must be {@code NONE}
     * @throws IllegalArgumentException when both resolution modes are chosen
     */
    public ReflectivityModel(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate) {
        this(sample, instrument, accurate, null, List.of());
    }

    /**
     * The model of {@code sample} seen through {@code instrument} whose resolution width at each data
     * point is an expression of the point's {@code x} and of parameters, such as
     * {@code sqrt((dlol*x)^2 + dth^2)} (GenX's {@code inst.setRes(...)} of an array): what {@code res}
     * would be at that point, so in the {@code (dx/x)} modes the factor of x. It reads the model's
     * parameters and the user's variables, which take the slots after the model's, as
     * {@link org.evofit.core.fit.FitProblem#create(ParameterizedModel, List, List, List,
     * org.evofit.core.fom.FigureOfMerit)} puts them.
     *
     * @param resolutionExpression the width per point, or {@code null} for the instrument's res (or the
     *                             data's resolution column)
     * @param variables            the names of the user's variables, in their slot order
     * @throws IllegalArgumentException when both resolution modes are chosen, or an expression is given
     *                                  for a mode that takes no width per point
     * @throws org.evofit.core.expr.ExpressionException when the expression is not valid or reads an
     *                                                  unknown name
     */
    public ReflectivityModel(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate,
                             String resolutionExpression, List<String> variables) {
        this(sample, instrument, accurate, resolutionExpression, variables, null, null,
                instrument.parameter(InstrumentQuantity.WAVELENGTH).value(), null, null);
    }

    /**
     * As the public constructor, reusing {@code compiled} (the expression compiled already) when it is
     * given, with a second wavelength when {@code doublet} is given, material layers' f given at
     * {@code materialWavelength} and moved by {@code instrumentShift} (or not, when it is null) at the
     * instrument's wavelength.
     */
    private ReflectivityModel(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate,
                              String resolutionExpression, List<String> variables, CompiledFunction compiled,
                              Doublet doublet, double materialWavelength, double[][] instrumentShift,
                              Polarisation polarisation) {
        if (accurate != null && instrument.choices().restype() != GenxResolution.NONE) {
            throw new IllegalArgumentException("choose either GenX's resolution mode or evofit's, not both");
        }
        GenxResolution mode = instrument.choices().restype();
        if (resolutionExpression != null && (accurate != null || mode == GenxResolution.NONE
                || mode == GenxResolution.FAST)) {
            throw new IllegalArgumentException("a resolution expression gives a width per point, which only GenX's "
                    + "varying and full modes take ('fast conv + varying res.', 'full conv and varying res.' and "
                    + "their (dx/x) forms), not '" + (accurate != null ? accurate.fileName() : mode.genxName()) + "'");
        }
        this.resolutionExpression = resolutionExpression;
        this.variables = List.copyOf(variables);
        this.sampleSpec = sample;
        this.instrumentSpec = instrument;
        List<Parameter> all = new ArrayList<>(sample.parameters());
        all.addAll(instrument.parameters());
        all.addAll(polarisation == null ? List.of() : polarisation.parameters());
        this.polarisation = polarisation;
        this.parameters = List.copyOf(all);
        this.sample = new SampleLayout(sample, instrument.choices().probe(), 0);
        this.instrument = new InstrumentParameters(instrument.template(), this.sample.parameterCount());
        this.accurate = accurate;
        // Compiling makes a class: a model re-made with new parameter values (same names, same slots) keeps its own.
        this.resolutionWidth = resolutionExpression == null ? null : compiled != null ? compiled
                : ExpressionCompiler.compileFunction(resolutionExpression, "x", this::slotOf);
        this.doublet = doublet;
        this.materialWavelength = materialWavelength;
        this.instrumentShift = instrumentShift;
        double[][] shift = DoubletShift.total(sample, instrument, accurate, doublet, instrumentShift);
        doubletShiftRe = shift[0];
        doubletShiftIm = shift[1];
    }

    /**
     * The same model measured with a second wavelength as well, such as Cu Kα2 beside the instrument's
     * Kα1 ({@link Doublet}), or with one wavelength when {@code next} is {@code null}.
     *
     * @throws IllegalArgumentException when the probe is not X-rays, x is not 2θ or evofit's accurate
     *                                  resolution is chosen
     */
    public ReflectivityModel withDoublet(Doublet next) {
        return new ReflectivityModel(sampleSpec, instrumentSpec, accurate, resolutionExpression, variables,
                resolutionWidth, next, materialWavelength, instrumentShift, polarisation);
    }

    /** This model seen by polarised neutrons in {@code next}'s channel; its parameters follow the instrument's. */
    public ReflectivityModel withPolarisation(Polarisation next) {
        next.requireFits(sampleSpec, instrumentSpec, doublet);
        return new ReflectivityModel(sampleSpec, instrumentSpec, accurate, resolutionExpression, variables,
                resolutionWidth, null, materialWavelength, instrumentShift, next);
    }

    /**
     * The same model whose material layers' X-ray f were looked up at {@code wavelength} rather than at the
     * instrument's: seen through this instrument they move by the tables' f(instrument's λ) − f(wavelength),
     * as one composition seen by X-ray instruments of several wavelengths in a joint model.
     *
     * @throws IllegalArgumentException for a wavelength the tables do not cover
     */
    public ReflectivityModel withMaterialWavelength(double wavelength) {
        boolean xray = instrumentSpec.choices().probe() == Probe.XRAY;
        return new ReflectivityModel(sampleSpec, instrumentSpec, accurate, resolutionExpression, variables,
                resolutionWidth, doublet, wavelength, xray ? MaterialShift.of(sampleSpec, wavelength,
                instrumentSpec.parameter(InstrumentQuantity.WAVELENGTH).value()) : null, polarisation);
    }

    /** The wavelength in Å at which material layers' X-ray f are given. */
    public double materialWavelength() {
        return materialWavelength;
    }

    /** The magnetism, optics and channel of polarised neutrons, or {@code null} for an unpolarised model. */
    public Polarisation polarisation() {
        return polarisation;
    }

    /** The second wavelength and its intensity ratio, or {@code null} for one wavelength. */
    public Doublet doublet() {
        return doublet;
    }

    /**
     * Checks that {@code data}'s wavelength per point, where it has one, can be simulated: each a positive
     * number (covered by the X-ray tables where material layers need f) and a resolution mode that smears
     * each point on its own.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public void checkPointWavelengths(DataSet data) {
        if (data.hasWavelength()) {
            WavelengthRuns.checkMode(this);
            new WavelengthRuns(data, data.xResolution(), this);
        }
    }

    /** The slot of a parameter or variable the resolution expression reads; -1 when there is none. */
    private int slotOf(String name) {
        int p = parameters.stream().map(Parameter::name).toList().indexOf(name);
        int v = variables.indexOf(name);
        return p >= 0 ? p : v < 0 ? -1 : parameters.size() + v;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public Map<String, Minimum> minimums() {
        return instrumentSpec.minimumsAfter(sampleSpec.minimums());
    }

    /**
     * The same model holding {@code changed}: the sample's and the instrument's parameters in the
     * order of {@link #parameters()}, each where the one it replaces was.
     *
     * @throws IllegalArgumentException when a parameter's name is not that of the one it replaces
     */
    @Override
    public ReflectivityModel withParameters(List<Parameter> changed) {
        if (changed.size() != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " parameters but got "
                    + changed.size());
        }
        Iterator<Parameter> next = changed.iterator();
        return new ReflectivityModel(sampleSpec.withParameters(next), instrumentSpec.withParameters(next), accurate,
                resolutionExpression, variables, resolutionWidth, doublet, materialWavelength, instrumentShift,
                polarisation == null ? null : polarisation.withParameters(next));
    }

    /** The sample (layers, stacks, ambient, substrate), holding its parameters at their start values. */
    public SampleSpec sampleSpec() {
        return sampleSpec;
    }

    /** The instrument, holding its parameters at their start values. */
    public InstrumentSpec instrumentSpec() {
        return instrumentSpec;
    }

    /** The names of the user's variables the resolution expression may read, in their slot order after the model's. */
    public List<String> variables() {
        return variables;
    }

    /** The resolution width per point as an expression of x and parameters, or {@code null}. */
    public String resolutionExpression() {
        return resolutionExpression;
    }

    /** The instrument's choices with its parameters' start values as numbers. */
    public GenxInstrument instrument() {
        return instrument.template();
    }

    /** evofit's accurate resolution smearing, or {@code null} when the instrument's own mode applies. */
    public AccurateResolution accurateResolution() {
        return accurate;
    }

    /**
     * The unit of every parameter, by name, from the vocabulary ({@link LayerQuantity},
     * {@link InstrumentQuantity}); {@code ""} for dimensionless ones such as a stack's repetitions.
     */
    public Map<String, String> units() {
        return ModelUnits.of(sampleSpec, instrumentSpec, accurate, polarisation);
    }

    /** The SLD profile of the sample at these parameter values ({@code points} depths), magnetic when polarised. */
    public SldProfile profile(double[] values, int points) {
        double[][] shift = instrumentShift == null ? NO_SHIFT : instrumentShift;
        LayerSequence s = sample.fill(values, instrument.wavelength(values), new SampleLayout.Scratch(sample),
                shift[0], shift[1]);
        SldProfile nuclear = SldProfile.of(s, points);
        return polarisation == null ? nuclear : nuclear.withMagnetism(new Evaluator(null).spin.slabs(s, values));
    }

    @Override
    public ModelEvaluator newEvaluator() {
        return newEvaluator(new CrossSections());
    }

    /** An evaluator keeping its cross sections in {@code shared}, which its thread's other channels may share. */
    ModelEvaluator newEvaluator(CrossSections shared) {
        return new Evaluator(shared);
    }

    private static final double[][] NO_SHIFT = new double[2][];

    /** One thread's buffers; the kernel reads the stack set just before the instrument asks for R. */
    private final class Evaluator implements ModelEvaluator, Reflectivity, AccurateSmearing {
        private final SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        private final ParrattKernel kernel = KernelImplementation.forFits();
        private final InstrumentWorkspace pipeline = new InstrumentWorkspace();
        private LayerSequence stack;
        private final SmearingCache smearing = new SmearingCache();
        private final SmearingWorkspace smearingWorkspace = new SmearingWorkspace();
        private final SmearedReflectivity.Curve unsmeared = (q, count, out) -> kernel.reflectivity(stack, q, 0, count, out);
        private double[] widths = new double[0];
        private double[] second = new double[0];
        private int dataSetIndex;
        private org.evofit.core.refl.SlabStack slabs;
        /** The plans compute(q, dq, r) takes from: {@link #smearing}, or a data set's per-run plans. */
        private SmearingCache plans = smearing;
        private final WavelengthRuns.Cache runs = new WavelengthRuns.Cache();
        private final PolarisedReflectivity spin;
        private double[] values;

        Evaluator(CrossSections shared) {
            spin = polarisation == null ? null : new PolarisedReflectivity(sampleSpec, sample, polarisation,
                    sample.parameterCount() + instrumentSpec.parameters().size(), shared);
        }

        @Override
        public void evaluate(double[] values, int dataSetIndex, DataSet data, double[] out) {
            this.dataSetIndex = dataSetIndex;
            this.values = values;
            double[] column = accurate == AccurateResolution.POINTWISE ? AccurateResolution.column(data)
                    : data.xResolution();
            if (data.hasWavelength()) {
                evaluateRuns(values, dataSetIndex, data, column, out);
                return;
            }
            plans = smearing;
            double[][] shift = instrumentShift == null ? NO_SHIFT : instrumentShift;
            evaluateAt(values, instrument.wavelength(values), shift, data.x(), column, out);
        }

        /** Each run of points at one wavelength as a measurement at that wavelength alone ({@link WavelengthRuns}). */
        private void evaluateRuns(double[] values, int dataSetIndex, DataSet data, double[] column, double[] out) {
            WavelengthRuns these = runs.of(dataSetIndex, data, column, ReflectivityModel.this);
            plans = these.plans();
            for (int r = 0; r < these.count(); r++) {
                this.dataSetIndex = r;
                double[][] shift = these.shift(r) == null ? NO_SHIFT : these.shift(r);
                evaluateAt(values, these.wavelength(r), shift, these.x(r), these.column(r), these.out(r));
            }
            these.gather(out);
        }

        /** The curve at points {@code x} all measured at {@code wavelength}, material layers' f moved by {@code shift}. */
        private void evaluateAt(double[] values, double wavelength, double[][] shift, double[] x, double[] column,
                                double[] out) {
            InstrumentParameters p = instrument;
            GenxInstrument t = p.template();
            stack = sample.fill(values, wavelength, scratch, shift[0], shift[1]);
            if (accurate == null) {
                double[] perPoint = resolutionWidth == null ? column : widths(x, values);
                t.apply(wavelength, p.i0(values), p.ibkg(values), p.tthoff(values), p.res(values), p.beamw(values),
                        p.samplelen(values), x, perPoint, this, out, pipeline);
                if (doublet != null) {
                    if (second.length != out.length) {
                        second = new double[out.length];
                    }
                    stack = sample.fill(values, doublet.wavelength(), scratch, doubletShiftRe, doubletShiftIm);
                    t.apply(doublet.wavelength(), p.i0(values), p.ibkg(values), p.tthoff(values), p.res(values),
                            p.beamw(values), p.samplelen(values), x, perPoint, this, second, pipeline);
                    doublet.combine(out, second);
                }
                return;
            }
            if (widths.length != x.length) {
                widths = new double[x.length];
            }
            accurate.widths(p.res(values), x, column, widths);
            t.applyAccurate(wavelength, p.i0(values), p.ibkg(values), p.tthoff(values), p.beamw(values),
                    p.samplelen(values), x, widths, this, out, pipeline);
        }

        /** The resolution expression at every point, in a buffer this evaluator keeps. */
        private double[] widths(double[] x, double[] values) {
            if (widths.length != x.length) {
                widths = new double[x.length];
            }
            for (int i = 0; i < x.length; i++) {
                widths[i] = resolutionWidth.evaluate(x[i], values);
            }
            return widths;
        }

        @Override
        public void compute(double[] q, double[] r) {
            if (spin != null) {
                spin.compute(stack, values, q, r);
                return;
            }
            kernel.reflectivity(stack, q, r);
        }

        @Override
        public void compute(double[] q, double[] dq, double[] r) {
            SmearedReflectivity plan = plans.planFor(dataSetIndex, q, dq);
            slabs = stack.toSlabStack(slabs);
            plan.reflectivity(slabs, spin == null ? unsmeared : spin.curve(stack, values), r, smearingWorkspace);
        }
    }
}
