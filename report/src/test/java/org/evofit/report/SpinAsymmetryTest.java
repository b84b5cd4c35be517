package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The spin asymmetry of two channels measured on different x grids: at the R++ points, R−− read between
 * its points in ln R with propagated errors, R++ points outside R−−'s range left out and counted. The
 * expected values are worked by hand (their derivation beside each), the errors from the partial
 * derivatives of SA with respect to the three measured values it depends on.
 */
class SpinAsymmetryTest {

    private static final CurveData UP = curve("R++", new double[] {0.01, 0.02, 0.03, 0.05},
            new double[] {0.5, 0.1, 0.02, 0.001}, new double[] {0.02, 0.005, 0.001, 0.0001},
            new double[] {0.48, 0.11, 0.019, 0.0011});
    // Given out of order: the channel is read by x, not by row.
    private static final CurveData DOWN = curve("R--", new double[] {0.025, 0.015, 0.04, 0.03},
            new double[] {0.04, 0.2, 0.002, 0.01}, new double[] {0.002, 0.01, 0.0001, 0.0005},
            new double[] {0.038, 0.21, 0.0019, 0.011});

    private static CurveData curve(String name, double[] x, double[] y, double[] error, double[] model) {
        double[] residual = new double[x.length];
        return new CurveData(name, x, y, error, model, residual);
    }

    @Test
    void theDownChannelIsReadAtTheUpPointsInLogRWithPropagatedErrors() {
        SpinAsymmetry sa = SpinAsymmetry.of(UP, DOWN).orElseThrow();

        // 0.01 lies below R−−'s first point (0.015) and 0.05 above its last (0.04): left out, counted.
        assertThat(sa.x()).containsExactly(0.02, 0.03);
        assertThat(sa.leftOut()).isEqualTo(2);
        assertThat(sa.interpolated()).isTrue();
        // x = 0.02 is halfway between 0.015 and 0.025: R−− = sqrt(0.2 · 0.04) = 0.0894427191,
        // SA = (0.1 − 0.0894427191)/(0.1 + 0.0894427191); σ from ∂SA/∂R++ · 0.005, ∂SA/∂R−−(0.015) · 0.01 and
        // ∂SA/∂R−−(0.025) · 0.002 added in quadrature.
        assertThat(sa.data()[0]).isCloseTo(0.05572809000084109, within(1e-14));
        assertThat(sa.error()[0]).isCloseTo(0.0305235319772, within(1e-9));
        // The model likewise: R−− model sqrt(0.21 · 0.038), R++ model 0.11.
        assertThat(sa.model()[0]).isCloseTo(0.1036927033902866, within(1e-14));
        // x = 0.03 is a point of both: (0.02 − 0.01)/0.03, σ = 2·sqrt((0.01·0.001)² + (0.02·0.0005)²)/0.03².
        assertThat(sa.data()[1]).isEqualTo((0.02 - 0.01) / (0.02 + 0.01));
        assertThat(sa.error()[1]).isCloseTo(0.03142696805294133, within(1e-12));
        assertThat(sa.model()[1]).isCloseTo(0.26666666666666666, within(1e-15));
    }

    @Test
    void theChartAndTheReportSayWhatWasDone() {
        SpinAsymmetry sa = SpinAsymmetry.of(UP, DOWN).orElseThrow();
        JFreeChart chart = Charts.spinAsymmetry(sa, "q (1/Å)", "Spin asymmetry");

        assertThat(chart.getXYPlot().getDataset(1).getSeriesKey(0).toString()).isEqualTo(
                "data (R−− read at the R++ points, interpolated in ln R)");
        assertThat(chart.getXYPlot().getDataset(0).getSeriesKey(0).toString()).isEqualTo(
                "model (R−− interpolated likewise)");
        assertThat(sa.note()).contains(
                "The spin asymmetry leaves out 2 of 4 R++ points, which lie outside the x range of the R−− data.");
    }

    @Test
    void channelsOnTheSameGridAreTakenPointByPointWithNothingLeftOut() {
        CurveData down = curve("R--", UP.x().clone(), new double[] {0.3, 0.05, 0.01, 0.002},
                new double[] {0.01, 0.002, 0.0005, 0.0001}, new double[] {0.31, 0.05, 0.011, 0.0019});
        SpinAsymmetry sa = SpinAsymmetry.of(UP, down).orElseThrow();

        assertThat(sa.interpolated()).isFalse();
        assertThat(sa.leftOut()).isZero();
        assertThat(sa.note()).isEmpty();
        assertThat(sa.dataLabel()).isEqualTo("data");
        assertThat(sa.data()).containsExactly((0.5 - 0.3) / (0.5 + 0.3), (0.1 - 0.05) / (0.1 + 0.05),
                (0.02 - 0.01) / (0.02 + 0.01), (0.001 - 0.002) / (0.001 + 0.002));
    }

    @Test
    void aNeighbourOfZeroIsReadLinearlyAndChannelsThatDoNotOverlapHaveNoAsymmetry() {
        CurveData up = curve("R++", new double[] {0.0175}, new double[] {0.05}, new double[] {0.001},
                new double[] {0.05});
        CurveData down = curve("R--", new double[] {0.015, 0.025}, new double[] {0, 0.04},
                new double[] {0.001, 0.002}, new double[] {0.001, 0.04});
        // A quarter of the way from 0 to 0.04: R−− = 0.01, SA = (0.05 − 0.01)/0.06; σ−− = sqrt((0.75·0.001)² + (0.25·0.002)²).
        SpinAsymmetry sa = SpinAsymmetry.of(up, down).orElseThrow();
        assertThat(sa.data()[0]).isCloseTo(0.6666666666666666, within(1e-14));
        double sigmaDown = Math.sqrt(0.75 * 0.001 * 0.75 * 0.001 + 0.25 * 0.002 * 0.25 * 0.002);
        assertThat(sa.error()[0]).isCloseTo(2 * Math.sqrt(Math.pow(0.01 * 0.001, 2) + Math.pow(0.05 * sigmaDown, 2))
                / (0.06 * 0.06), within(1e-12));

        CurveData far = curve("R--", new double[] {0.2, 0.3}, new double[] {0.1, 0.1}, null, new double[] {0.1, 0.1});
        assertThat(SpinAsymmetry.of(up, far)).isEmpty();
    }
}
