package org.evofit.core.refl.sample;

import java.util.function.ToIntFunction;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.Model;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.SequenceKernel;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Reflectivity;

/**
 * Specular reflectivity of a layered sample seen through an instrument (GenX's {@code spec_nx}):
 * the sample's layers from the parameter values, the Parratt kernel, then the instrument's
 * coordinates, footprint, resolution, scale and background. The same instrument serves every data
 * set; a data set's resolution column, where present, gives the per-point resolution.
 */
public final class ReflectivityModel implements Model {

    private final SampleLayout sample;
    private final InstrumentParameters instrument;

    /** The model of {@code sample} seen through {@code instrument}, bound to the slot layout. */
    public ReflectivityModel(SampleSpec sample, GenxInstrument instrument, ToIntFunction<String> slotOf) {
        this.sample = new SampleLayout(sample, instrument.probe(), slotOf);
        this.instrument = new InstrumentParameters(instrument, slotOf);
    }

    /** The SLD profile of the sample at these parameter values ({@code points} depths). */
    public SldProfile profile(double[] values, int points) {
        SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        return SldProfile.of(sample.fill(values, instrument.at(values).wavelength(), scratch), points);
    }

    @Override
    public ModelEvaluator newEvaluator() {
        return new Evaluator();
    }

    /** One thread's buffers; the kernel reads the stack set just before the instrument asks for R. */
    private final class Evaluator implements ModelEvaluator, Reflectivity {
        private final SampleLayout.Scratch scratch = new SampleLayout.Scratch(sample);
        private final SequenceKernel.Workspace kernel = new SequenceKernel.Workspace();
        private final InstrumentWorkspace pipeline = new InstrumentWorkspace();
        private LayerSequence stack;

        @Override
        public void evaluate(double[] values, int dataSetIndex, DataSet data, double[] out) {
            GenxInstrument inst = instrument.at(values);
            stack = sample.fill(values, inst.wavelength(), scratch);
            inst.apply(data.x(), data.xResolution(), this, out, pipeline);
        }

        @Override
        public void compute(double[] q, double[] r) {
            SequenceKernel.reflectivity(stack, q, r, kernel);
        }
    }
}
