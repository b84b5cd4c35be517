package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark runs and reports sane numbers (no timing thresholds: the machine is shared). */
class KernelBenchmarkTest {

    @Test
    void reportsPositiveTimingsAndNodeCounts() {
        KernelBenchmark bench = new KernelBenchmark(0.01);
        KernelTiming k = bench.kernel(12, 200, true);
        assertThat(k.layers()).isEqualTo(12);
        assertThat(k.points()).isEqualTo(200);
        assertThat(k.nsPerPointLayer()).isPositive();
        assertThat(k.baselineNsPerPointLayer()).isPositive();
        SmearingTiming s = bench.smearing(6, 100);
        assertThat(s.defaultNodes()).isPositive();
        assertThat(s.baselineNodes()).isEqualTo(1700);
        assertThat(s.costRatio()).isPositive();
    }
}
