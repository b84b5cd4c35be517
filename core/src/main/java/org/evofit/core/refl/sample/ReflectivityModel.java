package org.evofit.core.refl.sample;

import java.util.function.ToIntFunction;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.Model;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.core.refl.ParrattKernel;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SmearingWorkspace;
import org.evofit.core.refl.instrument.Footprint;
import org.evofit.core.refl.instrument.GenxCoordinates;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Reflectivity;

/**
 * Specular reflectivity of a layered sample seen through an instrument (GenX's {@code spec_nx}):
 * the sample's layers from the parameter values, the Parratt kernel, then the instrument's
 * coordinates, footprint, resolution, scale and background. The same instrument serves every data
 * set; a data set's resolution column, where present, gives the per-point resolution.
 */
public final class ReflectivityModel implements Model {

    private final SampleSpec sampleSpec;
    private final SampleLayout sample;
    private final InstrumentParameters instrument;
    private final AccurateResolution accurate;

    /** The model of {@code sample} seen through {@code instrument} (GenX's pipeline), bound to the slots. */
    public ReflectivityModel(SampleSpec sample, GenxInstrument instrument, ToIntFunction<String> slotOf) {
        this(sample, instrument, null, slotOf);
    }

    /**
     * The model with evofit's accurate resolution smearing instead of the instrument's own mode.
     *
     * @param accurate the smearing, or {@code null} for the instrument's (GenX) resolution mode; when
     *                 given, the instrument's mode must be {@code NONE}
     */
    public ReflectivityModel(SampleSpec sample, GenxInstrument instrument, AccurateResolution accurate,
                             ToIntFunction<String> slotOf) {
        if (accurate != null && instrument.restype() != GenxResolution.NONE) {
            throw new IllegalArgumentException("choose either GenX's resolution mode or evofit's, not both");
        }
        this.sampleSpec = sample;
        this.sample = new SampleLayout(sample, instrument.probe(), slotOf);
        this.instrument = new InstrumentParameters(instrument, slotOf);
        this.accurate = accurate;
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
    private final class Evaluator implements ModelEvaluator, Reflectivity {
        private final SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        private final ParrattKernel kernel = KernelImplementation.PRODUCTION.newKernel();
        private final InstrumentWorkspace pipeline = new InstrumentWorkspace();
        private LayerSequence stack;

        private final SmearingCache smearing = new SmearingCache();
        private final SmearingWorkspace smearingWorkspace = new SmearingWorkspace();
        private double[] sigma = new double[0];
        private double[] q = new double[0];
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
            int n = x.length;
            if (sigma.length != n) {
                sigma = new double[n];
                q = new double[n];
            }
            double tthoff = p.tthoff(values);
            double res = p.res(values);
            GenxCoordinates.toLimitedQ(t.coords(), wavelength, tthoff, x, n, q);
            for (int i = 0; i < n; i++) {
                double width = switch (accurate) {
                    case CONSTANT -> res;
                    case RELATIVE -> res * Math.abs(x[i]);
                    case POINTWISE -> resolutionColumn(data)[i];
                };
                sigma[i] = width * dqdx(t.coords(), wavelength, tthoff, x[i]);
            }
            SmearedReflectivity plan = smearing.planFor(dataSetIndex, q, sigma);
            slabs = stack.toSlabStack(slabs);
            plan.reflectivity(slabs, out, smearingWorkspace);
            // The footprint varies slowly next to the resolution, so it multiplies the smeared curve.
            Footprint.apply(t.footype(), wavelength, p.samplelen(values), p.beamw(values), q, out, n);
            double i0 = p.i0(values);
            double ibkg = p.ibkg(values);
            for (int i = 0; i < n; i++) {
                out[i] = i0 * out[i] + ibkg;
            }
        }

        /** dQ/dx at a point: 1 for Q data, (4π/λ)·cos θ·π/360 per degree of 2θ. */
        private double dqdx(Coordinates coords, double wavelength, double tthoff, double x) {
            if (coords == Coordinates.Q) {
                return 1;
            }
            double theta = Math.toRadians((x + tthoff) / 2);
            return 4 * Math.PI / wavelength * Math.cos(theta) * Math.PI / 360;
        }

        @Override
        public void compute(double[] q, double[] r) {
            kernel.reflectivity(stack, q, r);
        }
    }
}
