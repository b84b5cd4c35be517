package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class GenxInstrumentTest {

    private static final double LAMBDA = 1.54;
    /** A reflectivity that falls like q⁻⁴, with a fixed value below a cut-off to stay finite. */
    private static final Reflectivity FALLING = (q, r) -> {
        for (int k = 0; k < q.length; k++) {
            r[k] = Math.min(1, Math.pow(0.03 / q[k], 4));
        }
    };

    private static GenxInstrument instrument(GenxResolution restype, FootprintType footype) {
        return new GenxInstrument(Probe.XRAY, LAMBDA, Coordinates.TWO_THETA, 3, 0.25, 0, 0.005, restype,
                5, 2, 0.04, footype, 10);
    }

    private static double[] grid(int n, double start, double step) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start + i * step;
        }
        return x;
    }

    @Test
    void withoutCorrectionsItIsScaleTimesReflectivityPlusBackground() {
        double[] x = grid(20, 0.2, 0.1);
        double[] out = new double[20];
        instrument(GenxResolution.NONE, FootprintType.NONE).apply(x, FALLING, out, new InstrumentWorkspace());
        for (int i = 0; i < x.length; i++) {
            double q = GenxCoordinates.twoThetaToQ(LAMBDA, x[i]);
            assertThat(out[i]).isCloseTo(3 * Math.min(1, Math.pow(0.03 / q, 4)) + 0.25, within(1e-14));
        }
    }

    @Test
    void theFootprintIsAppliedBeforeSmearingAndTheBackgroundAfter() {
        double[] x = grid(50, 0.2, 0.03);
        double[] out = new double[50];
        instrument(GenxResolution.FAST, FootprintType.GAUSSIAN_BEAM).apply(x, FALLING, out, new InstrumentWorkspace());

        double[] corrected = new double[50];
        for (int i = 0; i < x.length; i++) {
            double q = GenxCoordinates.twoThetaToQ(LAMBDA, x[i]);
            corrected[i] = Math.min(1, Math.pow(0.03 / q, 4)) * Footprint.gaussianBeam(x[i] / 2, 10, 0.04);
        }
        double[] w = new double[4];
        int m = FastConvolution.kernel(0.03, 0.005, 2, w);
        double[] smeared = new double[50];
        FastConvolution.convolve(corrected, 50, w, m, smeared);
        for (int i = 0; i < x.length; i++) {
            assertThat(out[i]).isCloseTo(3 * smeared[i] + 0.25, within(1e-13));
        }
    }

    @Test
    void fullConvolutionComputesTheReflectivityAtTheExpandedPoints() {
        double[] x = grid(10, 1, 0.5);
        double[] resolution = grid(10, 0.01, 0.002);
        GenxInstrument inst = new GenxInstrument(Probe.XRAY, LAMBDA, Coordinates.TWO_THETA, 1, 0, 0.1,
                0.005, GenxResolution.FULL, 7, 3, 0.04, FootprintType.SQUARE_BEAM, 10);
        double[][] seen = new double[1][];
        Reflectivity spy = (q, r) -> {
            seen[0] = q.clone();
            FALLING.compute(q, r);
        };
        double[] out = new double[10];
        inst.apply(x, resolution, spy, out, new InstrumentWorkspace());

        double[] expanded = new double[70];
        PointwiseConvolution.expand(x, resolution, 10, 7, 3, expanded);
        assertThat(seen[0]).hasSize(70);
        double[] values = new double[70];
        for (int k = 0; k < 70; k++) {
            double q = GenxCoordinates.twoThetaToQ(LAMBDA, expanded[k] + 0.1);
            assertThat(seen[0][k]).isCloseTo(q, within(1e-15));
            values[k] = Math.min(1, Math.pow(0.03 / q, 4)) * Footprint.squareBeam((expanded[k] + 0.1) / 2, 10, 0.04);
        }
        double[] expected = new double[10];
        PointwiseConvolution.integrate(x, resolution, 10, 7, expanded, values, expected);
        assertThat(out).containsExactly(expected, within(1e-15));
    }

    @Test
    void relativeModesScaleTheResolutionWithX() {
        double[] x = grid(30, 0.05, 0.01);
        GenxInstrument relative = new GenxInstrument(Probe.NEUTRON, 5, Coordinates.Q, 1, 0, 0, 0.05,
                GenxResolution.FULL_RELATIVE, 5, 2, 0.04, FootprintType.NONE, 10);
        GenxInstrument absolute = new GenxInstrument(Probe.NEUTRON, 5, Coordinates.Q, 1, 0, 0, 0.05,
                GenxResolution.FULL, 5, 2, 0.04, FootprintType.NONE, 10);
        double[] sigma = new double[30];
        for (int i = 0; i < 30; i++) {
            sigma[i] = 0.05 * x[i];
        }
        double[] a = new double[30];
        double[] b = new double[30];
        InstrumentWorkspace ws = new InstrumentWorkspace();
        relative.apply(x, FALLING, a, ws);
        absolute.apply(x, sigma, FALLING, b, ws);
        assertThat(a).containsExactly(b, within(1e-16));

        GenxInstrument fastRelative = new GenxInstrument(Probe.NEUTRON, 5, Coordinates.Q, 1, 0, 0, 0.05,
                GenxResolution.FAST_VARYING_RELATIVE, 5, 2, 0.04, FootprintType.NONE, 10);
        GenxInstrument fastAbsolute = new GenxInstrument(Probe.NEUTRON, 5, Coordinates.Q, 1, 0, 0, 0.05,
                GenxResolution.FAST_VARYING, 5, 2, 0.04, FootprintType.NONE, 10);
        fastRelative.apply(x, FALLING, a, ws);
        fastAbsolute.apply(x, sigma, FALLING, b, ws);
        assertThat(a).containsExactly(b, within(1e-16));
    }

    @Test
    void qCoordinatesWithoutOffsetHandTheDataStraightToTheReflectivity() {
        double[] x = {0.01, 0.02, 0.04};
        double[][] seen = new double[1][];
        GenxInstrument inst = new GenxInstrument(Probe.NEUTRON, 5, Coordinates.Q, 1, 0, 0, 0.001,
                GenxResolution.NONE, 5, 2, 0.04, FootprintType.NONE, 10);
        inst.apply(x, (q, r) -> seen[0] = q.clone(), new double[3], new InstrumentWorkspace());
        assertThat(seen[0]).containsExactly(0.01, 0.02, 0.04);
    }

    @Test
    void rejectsWhatGenxCannotDo() {
        assertThatThrownBy(() -> new GenxInstrument(Probe.XRAY, 0, Coordinates.Q, 1, 0, 0, 0.001,
                GenxResolution.NONE, 5, 2, 0.04, FootprintType.NONE, 10)).hasMessageContaining("wavelength");
        assertThatThrownBy(() -> new GenxInstrument(Probe.XRAY, 1.54, Coordinates.Q, 1, 0, 0, 0.001,
                GenxResolution.FULL, 1, 2, 0.04, FootprintType.NONE, 10)).hasMessageContaining("respoints");
        GenxInstrument fast = instrument(GenxResolution.FAST, FootprintType.NONE);
        assertThatThrownBy(() -> fast.apply(new double[] {1}, FALLING, new double[1], new InstrumentWorkspace()))
                .hasMessageContaining("two points");
        assertThatThrownBy(() -> fast.apply(new double[] {1, 2}, FALLING, new double[3], new InstrumentWorkspace()))
                .hasMessageContaining("out");
    }

    @Test
    void defaultsAreGenxs() {
        GenxInstrument d = GenxInstrument.defaults();
        assertThat(d.probe()).isEqualTo(Probe.XRAY);
        assertThat(d.wavelength()).isEqualTo(1.54);
        assertThat(d.coords()).isEqualTo(Coordinates.TWO_THETA);
        assertThat(d.restype()).isEqualTo(GenxResolution.NONE);
        assertThat(d.resSigma()).isEqualTo(0.001);
    }

    @Test
    void applyingAllocatesNothingOnceTheWorkspaceIsSized() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        double[] x = grid(350, 0.2, 0.03);
        double[] out = new double[350];
        InstrumentWorkspace ws = new InstrumentWorkspace();
        GenxInstrument[] instruments = {
            instrument(GenxResolution.FAST, FootprintType.GAUSSIAN_BEAM),
            instrument(GenxResolution.FULL, FootprintType.SQUARE_BEAM),
            instrument(GenxResolution.FAST_VARYING_RELATIVE, FootprintType.GAUSSIAN_BEAM),
        };
        for (GenxInstrument inst : instruments) {
            for (int i = 0; i < 300; i++) {
                inst.apply(x, FALLING, out, ws);
            }
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 300; i++) {
                inst.apply(x, FALLING, out, ws);
            }
            long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertThat(allocated).as(inst.restype().genxName()).isLessThan(1024);
        }
    }
}
