package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * The four channels of one polarised measurement share their spin cross sections within a joint model's
 * evaluator: the magnetic kernel runs once per candidate, and every channel is bit for bit what its own
 * model gives alone, whichever channel asks first.
 */
class PolarisedCrossSectionSharingTest {

    private static final GenxInstrument SMEARED = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 0.9, 1e-6,
            0, 0.02, GenxResolution.FAST_VARYING_RELATIVE, 5, 2, 0.01, FootprintType.NONE, 10);
    private static final SpinChannel[] CHANNELS = {SpinChannel.PLUS_PLUS, SpinChannel.MINUS_MINUS,
            SpinChannel.PLUS_MINUS, SpinChannel.MINUS_PLUS};
    private static final PolarisationEfficiency OPTICS = new PolarisationEfficiency(0.97, 0.95, 0.99, 0.98);

    /** Four channels of one sample and instrument, data set k measuring CHANNELS[k]. */
    private static JointReflectivityModel fourChannels() {
        ReflectivityModel base = new ReflectivityModel(PolarisedModelTest.multilayer(
                PolarisedModelTest.sld("Fe", 8.0, 40, 5)), InstrumentSpec.of(SMEARED, q -> null), null);
        List<JointPart> parts = new ArrayList<>();
        for (SpinChannel c : CHANNELS) {
            parts.add(new JointPart("film", "inst", c, base.withPolarisation(
                    PolarisedModelTest.polarisation(4.2, 30, c, OPTICS))));
        }
        return new JointReflectivityModel(parts, new int[] {0, 1, 2, 3});
    }

    private static double[] values(JointReflectivityModel model, String name, double value) {
        double[] v = model.parameters().stream().mapToDouble(Parameter::value).toArray();
        int slot = model.parameters().stream().map(Parameter::name).toList().indexOf(name);
        v[slot] = value;
        return v;
    }

    /** What channel k's model gives on its own, with nothing shared. */
    private static double[] alone(JointReflectivityModel model, int k, double[] jointValues, DataSet data) {
        ReflectivityModel part = model.parts().get(k).model();
        List<String> names = model.parameters().stream().map(Parameter::name).toList();
        double[] own = part.parameters().stream().mapToDouble(p -> jointValues[names.indexOf(p.name())]).toArray();
        double[] out = new double[data.x().length];
        part.newEvaluator().evaluate(own, 0, data, out);
        return out;
    }

    private static double[] evaluate(ModelEvaluator evaluator, double[] values, int k, DataSet data) {
        double[] out = new double[data.x().length];
        evaluator.evaluate(values, k, data, out);
        return out;
    }

    @Test
    void fourChannelsRunTheKernelOncePerCandidateAndEachIsItsModelAlone() {
        JointReflectivityModel model = fourChannels();
        DataSet data = DataSet.of("d", PolarisedModelTest.Q, new double[PolarisedModelTest.Q.length]);
        Map<List<String>, CrossSections> shared = new HashMap<>();
        ModelEvaluator evaluator = model.newEvaluator(shared);
        long expectedCalls = 0;
        for (double thetaM : new double[] {30, 75, 30}) {
            double[] v = values(model, "Fe.thetaM", thetaM);
            for (int k = 0; k < CHANNELS.length; k++) {
                assertThat(bits(evaluate(evaluator, v, k, data))).as("channel %s at thetaM %s", CHANNELS[k].label(),
                        thetaM).isEqualTo(bits(alone(model, k, v, data)));
            }
            expectedCalls++;
            assertThat(shared).hasSize(1);
            assertThat(shared.values().iterator().next().kernelCalls()).as("kernel runs after %s candidates",
                    expectedCalls).isEqualTo(expectedCalls);
        }
        // The four channels differ: sharing did not hand one channel's mixture to another.
        double[] v = values(model, "Fe.thetaM", 30);
        assertThat(bits(evaluate(evaluator, v, 0, data))).isNotEqualTo(bits(evaluate(evaluator, v, 2, data)));
    }

    @Test
    void theOrderInWhichChannelsAskAndOtherQGridsChangeNoBit() {
        JointReflectivityModel model = fourChannels();
        DataSet data = DataSet.of("d", PolarisedModelTest.Q, new double[PolarisedModelTest.Q.length]);
        // As many points as the data, elsewhere: only the values of Q tell the two grids apart.
        double[] shifted = Arrays.stream(PolarisedModelTest.Q).map(q -> q * 1.1).toArray();
        DataSet other = DataSet.of("other", shifted, new double[shifted.length]);
        double[] v = values(model, "Fe.sldm", 3.1);
        ModelEvaluator forward = model.newEvaluator();
        long[][] inOrder = new long[CHANNELS.length][];
        for (int k = 0; k < CHANNELS.length; k++) {
            inOrder[k] = bits(evaluate(forward, v, k, data));
        }
        Map<List<String>, CrossSections> shared = new HashMap<>();
        ModelEvaluator mixed = model.newEvaluator(shared);
        for (int k : new int[] {3, 1, 0, 2}) {
            // Another grid asked in between replaces what is kept; the next channel computes it anew.
            assertThat(bits(evaluate(mixed, v, k, other))).isEqualTo(bits(alone(model, k, v, other)));
            assertThat(bits(evaluate(mixed, v, k, data))).as("channel %s", CHANNELS[k].label())
                    .isEqualTo(inOrder[k]);
        }
        assertThat(shared.values().iterator().next().kernelCalls()).isEqualTo(8);
    }

    private static long[] bits(double[] r) {
        return Arrays.stream(r).mapToLong(Double::doubleToLongBits).toArray();
    }
}
