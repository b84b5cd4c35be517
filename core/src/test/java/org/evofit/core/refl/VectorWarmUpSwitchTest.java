package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Only the JVM's own warm-up decides whether smearing maps sum side by side: another race (a fit's helper runs one
 * of a few rounds, as VectorWarmUpCpuTest does) reports what it saw and leaves that switch as it was, even when it
 * ends too soon to see either side win.
 */
class VectorWarmUpSwitchTest {

    @Test
    void aShortRaceLeavesTheJvmsSwitchAsItWas() throws InterruptedException {
        assumeTrue(KernelImplementation.VECTOR.available(), "the JVM lacks module jdk.incubator.vector");
        VectorWarmUp.vectorFaster();
        assertThat(VectorWarmUp.await(10, TimeUnit.MINUTES)).isTrue();
        boolean before = VectorWarmUp.sumsFaster();

        // One round cannot be three wins running.
        VectorWarmUp.Outcome outcome = VectorWarmUp.race(new LongAdder(), 1);

        assertThat(outcome.vectorKernel()).isFalse();
        assertThat(outcome.vectorSums()).isFalse();
        assertThat(VectorWarmUp.sumsFaster()).isEqualTo(before);
    }
}
