package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.evofit.core.optim.HelperCpu;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels' warm-ups (the unpolarised and the magnetic one) charge their CPU time to the account of the
 * fit that started them, round by round, as a fit's other helper threads do: a race of a few rounds on a thread of
 * its own leaves its CPU time (all but the stacks' set-up) in the account given, and none in that thread's own.
 */
class VectorWarmUpCpuTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void theRacesCpuTimeIsChargedToTheAccountItRunsFor() throws InterruptedException {
        // The JVM's own warm-up starts with the class, charged to the thread that first asks: this one, not the race's.
        VectorWarmUp.vectorFaster();
        assertChargedToTheAccount(VectorWarmUp::race);
    }

    @Test
    void theMagneticRacesCpuTimeIsChargedToTheAccountItRunsFor() throws InterruptedException {
        MagneticWarmUp.start().vectorFaster();
        assertChargedToTheAccount(MagneticWarmUp::race);
    }

    /** Runs a race of five rounds on a thread of its own, for a fit's account. */
    private static void assertChargedToTheAccount(BiConsumer<LongAdder, Integer> race) throws InterruptedException {
        LongAdder fit = new LongAdder();
        long[] spent = new long[1];
        long[] ownAccount = new long[1];
        Thread warmUp = new Thread(() -> {
            long before = THREADS.getCurrentThreadCpuTime();
            race.accept(fit, 5);
            spent[0] = THREADS.getCurrentThreadCpuTime() - before;
            ownAccount[0] = HelperCpu.nanos();
        });
        warmUp.start();
        warmUp.join();

        assertThat(fit.sum()).isPositive().isLessThanOrEqualTo(spent[0]);
        assertThat(ownAccount[0]).isZero();
    }
}
