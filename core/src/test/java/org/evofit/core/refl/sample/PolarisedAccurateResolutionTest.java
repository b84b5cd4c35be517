package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.refl.SpinChannels;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * Polarised models take evofit's accurate resolution: each channel is the kernel's channel integrated over
 * the point's Gaussian (cut at ±3.5σ, not renormalised, as for unpolarised curves), checked against that
 * integral done plainly here: Simpson's rule on a fine grid of direct {@link org.evofit.core.refl.MagneticKernel}
 * calls on the stack written out by hand ({@link PolarisedModelTest#byHand}).
 */
class PolarisedAccurateResolutionTest {

    private static final double RES = 0.04;
    private static final double CUTOFF = 3.5;
    private static final double[] Q = {0.012, 0.02, 0.03, 0.045, 0.06, 0.08, 0.1, 0.13, 0.16};
    private static final SpinChannel[] ORDER = {SpinChannel.MINUS_MINUS, SpinChannel.MINUS_PLUS,
            SpinChannel.PLUS_MINUS, SpinChannel.PLUS_PLUS};

    private static ReflectivityModel model(AccurateResolution accurate, double res) {
        GenxInstrument inst = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 1, 0, 0, res,
                GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
        return new ReflectivityModel(PolarisedModelTest.multilayer(PolarisedModelTest.sld("Fe", 8.0, 40, 5)),
                InstrumentSpec.of(inst, q -> null), accurate);
    }

    private static double[] curve(ReflectivityModel model, DataSet data) {
        FitProblem problem = FitProblem.create(model, List.of(), List.of(), List.of(data),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        return problem.simulate(problem.startValues())[0];
    }

    /** Channel c at q smeared with a Gaussian of width sigma, by Simpson's rule on 4000 intervals. */
    private static double bruteForce(int c, double q, double sigma) {
        int n = 4000;
        double a = q - CUTOFF * sigma;
        double h = 2 * CUTOFF * sigma / n;
        double[] nodes = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            nodes[k] = a + k * h;
        }
        double[] r = PolarisedModelTest.byHand(4.2, 30, nodes).get(c);
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double u = (nodes[k] - q) / sigma;
            double weight = k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2;
            sum += weight * r[k] * Math.exp(-0.5 * u * u) / (sigma * Math.sqrt(2 * Math.PI));
        }
        return sum * h / 3;
    }

    @Test
    void eachChannelIsItsCrossSectionIntegratedOverTheRelativeResolution() {
        ReflectivityModel base = model(AccurateResolution.RELATIVE, RES);
        DataSet data = DataSet.of("d", Q, new double[Q.length]);
        for (int c = 0; c < 4; c++) {
            double[] r = curve(base.withPolarisation(PolarisedModelTest.polarisation(4.2, 30, ORDER[c],
                    PolarisationEfficiency.IDEAL)), data);
            for (int i = 0; i < Q.length; i++) {
                assertThat(r[i]).as("%s at q = %s", ORDER[c].label(), Q[i])
                        .isCloseTo(bruteForce(c, Q[i], RES * Q[i]), withinPercentage(1e-3));
            }
        }
    }

    @Test
    void pointwiseWidthsComeFromTheDataAndTheOpticsMixTheSmearedChannels() {
        ReflectivityModel base = model(AccurateResolution.POINTWISE, 0);
        double[] dq = new double[Q.length];
        for (int i = 0; i < Q.length; i++) {
            dq[i] = 0.0005 + 0.02 * Q[i];
        }
        DataSet data = new DataSet("d", Q, new double[Q.length], null, dq, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        PolarisationEfficiency optics = new PolarisationEfficiency(0.95, 0.9, 0.97, 0.98);
        double[] r = curve(base.withPolarisation(PolarisedModelTest.polarisation(4.2, 30, SpinChannel.PLUS_MINUS,
                optics)), data);
        for (int i = 0; i < Q.length; i++) {
            double[] smeared = new double[4];
            for (int c = 0; c < 4; c++) {
                smeared[c] = bruteForce(c, Q[i], dq[i]);
            }
            double expected = optics.measured(SpinChannel.PLUS_MINUS, smeared[0], smeared[1], smeared[2], smeared[3]);
            assertThat(r[i]).as("+- at q = %s", Q[i]).isCloseTo(expected, withinPercentage(1e-3));
        }
    }

    @Test
    void smearingChangesTheCurve() {
        // The tolerance above is far tighter than what smearing does: the unsmeared channel misses it.
        SpinChannels sharp = PolarisedModelTest.byHand(4.2, 30, Q);
        assertThat(Math.abs(sharp.plusPlus()[2] / bruteForce(3, Q[2], RES * Q[2]) - 1)).isGreaterThan(1e-2);
    }
}
