package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.core.refl.ParrattKernel;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SmearingWorkspace;
import org.evofit.core.refl.instrument.AccurateSmearing;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Reflectivity;

/**
 * Specular reflectivity of a layered sample seen through an instrument (GenX's {@code spec_nx}):
 * the sample's layers from the parameter values, a Parratt kernel, then the instrument's coordinates,
 * footprint, resolution, scale and background. Every resolution mode goes through the instrument's
 * pipeline: GenX's modes through {@link GenxInstrument#apply} around the production kernel
 * ({@link KernelImplementation#PRODUCTION}), evofit's accurate ones through
 * {@link GenxInstrument#applyAccurate} around {@link SmearedReflectivity} (which evaluates
 * {@link KernelImplementation#SLAB} on its nodes). The same instrument serves
 * every data set; a data set's resolution column, where present, gives the per-point resolution.
 */
public final class ReflectivityModel implements ParameterizedModel {

    private final SampleSpec sampleSpec;
    private final List<Parameter> parameters;
    private final SampleLayout sample;
    private final InstrumentParameters instrument;
    private final AccurateResolution accurate;

    /**
     * The model of {@code sample} seen through {@code instrument}, holding its parameters.
     *
     * @param accurate   evofit's accurate resolution smearing, or {@code null} for the instrument's
     *                   (GenX) resolution mode; when given, the instrument's mode must be {@code NONE}
     * @param parameters the sample's parameters in the order {@link SampleParameters#names(SampleSpec)}
     *                   lists them, then the instrument's ({@link InstrumentQuantity} order); they take
     *                   the slots from 0 in this order
     * @throws IllegalArgumentException when both resolution modes are chosen or the parameters are
     *                                  not the sample's and the instrument's, in order
     */
    public ReflectivityModel(SampleSpec sample, GenxInstrument instrument, AccurateResolution accurate,
                             List<Parameter> parameters) {
        if (accurate != null && instrument.restype() != GenxResolution.NONE) {
            throw new IllegalArgumentException("choose either GenX's resolution mode or evofit's, not both");
        }
        List<String> expected = new ArrayList<>(SampleParameters.names(sample));
        expected.addAll(InstrumentParameters.names());
        List<String> names = parameters.stream().map(Parameter::name).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("expected the parameters " + expected + " but got " + names);
        }
        this.sampleSpec = sample;
        this.parameters = List.copyOf(parameters);
        this.sample = new SampleLayout(sample, instrument.probe(), 0);
        this.instrument = new InstrumentParameters(instrument, this.sample.parameterCount());
        this.accurate = accurate;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public ReflectivityModel withParameters(List<Parameter> changed) {
        return new ReflectivityModel(sampleSpec, instrument.template(), accurate, changed);
    }

    /** The sample as declared (layers, stacks, ambient, substrate), for summaries and reports. */
    public SampleSpec sampleSpec() {
        return sampleSpec;
    }

    /** The instrument as declared, at its start values (fitted instrument values are parameters). */
    public GenxInstrument instrument() {
        return instrument.template();
    }

    /** evofit's accurate resolution smearing, or {@code null} when the instrument's own mode applies. */
    public AccurateResolution accurateResolution() {
        return accurate;
    }

    /** The SLD profile of the sample at these parameter values ({@code points} depths). */
    public SldProfile profile(double[] values, int points) {
        SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        return SldProfile.of(sample.fill(values, instrument.wavelength(values), scratch), points);
    }

    @Override
    public ModelEvaluator newEvaluator() {
        return new Evaluator();
    }

    private static double[] resolutionColumn(DataSet data) {
        if (data.xResolution() == null) {
            throw new IllegalStateException("pointwise resolution needs a resolution column in data set " + data.name());
        }
        return data.xResolution();
    }

    /** One thread's buffers; the kernel reads the stack set just before the instrument asks for R. */
    private final class Evaluator implements ModelEvaluator, Reflectivity, AccurateSmearing {
        private final SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        private final ParrattKernel kernel = KernelImplementation.PRODUCTION.newKernel();
        private final InstrumentWorkspace pipeline = new InstrumentWorkspace();
        private LayerSequence stack;

        private final SmearingCache smearing = new SmearingCache();
        private final SmearingWorkspace smearingWorkspace = new SmearingWorkspace();
        private double[] widths = new double[0];
        private int dataSetIndex;
        private SlabStack slabs;

        @Override
        public void evaluate(double[] values, int dataSetIndex, DataSet data, double[] out) {
            InstrumentParameters p = instrument;
            GenxInstrument t = p.template();
            double wavelength = p.wavelength(values);
            stack = sample.fill(values, wavelength, scratch);
            if (accurate == null) {
                t.apply(wavelength, p.i0(values), p.ibkg(values), p.tthoff(values), p.res(values), p.beamw(values),
                        p.samplelen(values), data.x(), data.xResolution(), this, out, pipeline);
                return;
            }
            double[] x = data.x();
            if (widths.length != x.length) {
                widths = new double[x.length];
            }
            accurate.widths(p.res(values), x, accurate == AccurateResolution.POINTWISE ? resolutionColumn(data)
                    : data.xResolution(), widths);
            this.dataSetIndex = dataSetIndex;
            t.applyAccurate(wavelength, p.i0(values), p.ibkg(values), p.tthoff(values), p.beamw(values),
                    p.samplelen(values), x, widths, this, out, pipeline);
        }

        @Override
        public void compute(double[] q, double[] r) {
            kernel.reflectivity(stack, q, r);
        }

        @Override
        public void compute(double[] q, double[] dq, double[] r) {
            SmearedReflectivity plan = smearing.planFor(dataSetIndex, q, dq);
            slabs = stack.toSlabStack(slabs);
            plan.reflectivity(slabs, r, smearingWorkspace);
        }
    }
}
