package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import org.evofit.core.optim.HelperCpu;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel's warm-up charges its CPU time to the account of the fit that started it, round by round, as
 * a fit's other helper threads do: a race of a few rounds on a thread of its own leaves its CPU time (all but the
 * stacks' set-up) in the account given, and none in that thread's own.
 */
class VectorWarmUpCpuTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void theRacesCpuTimeIsChargedToTheAccountItRunsFor() throws InterruptedException {
        // The JVM's own warm-up starts with the class, charged to the thread that first asks: this one, not the race's.
        VectorWarmUp.vectorFaster();
        LongAdder fit = new LongAdder();
        long[] spent = new long[1];
        long[] ownAccount = new long[1];
        Thread warmUp = new Thread(() -> {
            long before = THREADS.getCurrentThreadCpuTime();
            VectorWarmUp.race(fit, 5);
            spent[0] = THREADS.getCurrentThreadCpuTime() - before;
            ownAccount[0] = HelperCpu.nanos();
        });
        warmUp.start();
        warmUp.join();

        assertThat(fit.sum()).isPositive().isLessThanOrEqualTo(spent[0]);
        assertThat(ownAccount[0]).isZero();
    }
}
