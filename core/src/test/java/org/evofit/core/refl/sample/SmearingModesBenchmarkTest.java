package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resolution-mode benchmark reports every accurate mode, and constant and relative widths with the film's SLD
 * varying, each beside fast conv timed with it (no timing thresholds).
 */
class SmearingModesBenchmarkTest {

    @Test
    void reportsEveryAccurateModeBesideFastConvWithItsKernelEvaluations() {
        List<SmearingModeTiming> timings = new SmearingModesBenchmark(0.01).measure();
        assertThat(timings).extracting(SmearingModeTiming::mode).containsExactly("fast conv",
                "full conv and varying res.", "constant", "pointwise", "relative", "constant, SLD varying",
                "relative, SLD varying");
        SmearingModeTiming fast = timings.get(0);
        assertThat(fast.kernelEvaluations()).isEqualTo(300);
        assertThat(fast.costRatio()).isEqualTo(1);
        assertThat(timings.get(1).kernelEvaluations()).as("GenX's full conv: 9 points per data point").isEqualTo(2700);
        assertThat(timings.get(5).kernelEvaluations()).as("constant widths, SLD varying: the same data and widths")
                .isEqualTo(timings.get(2).kernelEvaluations());
        assertThat(timings.get(6).kernelEvaluations()).as("relative widths, SLD varying: the same data and widths")
                .isEqualTo(timings.get(4).kernelEvaluations());
        assertThat(fast.fastConvNanos()).as("fast conv's line: as timed beside full conv")
                .isEqualTo(timings.get(1).fastConvNanos());
        for (SmearingModeTiming t : timings) {
            assertThat(t.points()).isEqualTo(300);
            assertThat(t.fastConvNanos()).as("fast conv timed beside " + t.mode()).isPositive().isFinite();
            assertThat(t.costRatio()).isEqualTo(t.nanos() / t.fastConvNanos()).isPositive();
            // Every accurate mode evaluates the curve at least once per point and on its edge nodes.
            assertThat(t.kernelEvaluations()).isGreaterThanOrEqualTo(300);
        }
    }
}
