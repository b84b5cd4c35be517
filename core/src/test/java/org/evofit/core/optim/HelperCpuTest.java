package org.evofit.core.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * A batch evaluated on two threads charges the helper's CPU time to the thread that asked for it: each lane
 * waits until both have taken a candidate (so the helper surely works, however loaded the machine), then
 * every candidate burns a known amount of its thread's CPU time.
 */
class HelperCpuTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long BURN_NANOS = 20_000_000;

    @Test
    void theHelpersCpuTimeIsChargedToTheCallingThread() throws Exception {
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        Set<Thread> entered = ConcurrentHashMap.newKeySet();
        Objective burner = new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double[] lower() {
                return new double[] {0};
            }

            @Override
            public double[] upper() {
                return new double[] {1};
            }

            @Override
            public double[] start() {
                return new double[] {0.5};
            }

            @Override
            public Evaluator newEvaluator() {
                return candidate -> {
                    if (entered.add(Thread.currentThread())) {
                        try {
                            bothStarted.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    long until = THREADS.getCurrentThreadCpuTime() + BURN_NANOS;
                    double x = candidate[0];
                    while (THREADS.getCurrentThreadCpuTime() < until) {
                        x = Math.sin(x) + 0.5;
                    }
                    return x;
                };
            }
        };
        long before = HelperCpu.nanos();
        double[][] candidates = new double[8][];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = new double[] {i / 8.0};
        }
        try (ParallelEvaluation evaluation = new ParallelEvaluation(burner, 2)) {
            evaluation.evaluate(candidates, new double[candidates.length]);
        }
        // The helper took at least one candidate (the barrier) and each burns 20 ms of its thread's CPU.
        assertThat(entered).hasSize(2);
        assertThat(HelperCpu.nanos() - before).isGreaterThanOrEqualTo(BURN_NANOS);
        // A thread that asked for nothing has nothing charged.
        long[] other = new long[1];
        Thread t = new Thread(() -> other[0] = HelperCpu.nanos());
        t.start();
        t.join();
        assertThat(other[0]).isZero();
    }

    @Test
    void helpersStartedByAHelperAreChargedToTheThreadThatStartedTheFirst() throws Exception {
        long before = HelperCpu.nanos();
        java.util.concurrent.atomic.LongAdder mine = HelperCpu.account();
        java.util.concurrent.atomic.LongAdder[] passedOn = new java.util.concurrent.atomic.LongAdder[1];
        Thread helper = new Thread(() -> HelperCpu.charged(mine, () -> {
            passedOn[0] = HelperCpu.account();
            Thread inner = new Thread(() -> HelperCpu.charged(passedOn[0], HelperCpuTest::burn));
            inner.start();
            try {
                inner.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        helper.start();
        helper.join();

        assertThat(passedOn[0]).isSameAs(mine);
        // The inner helper burnt 20 ms of its thread's CPU; the first helper's own share comes on top.
        assertThat(HelperCpu.nanos() - before).isGreaterThanOrEqualTo(BURN_NANOS);
    }

    private static void burn() {
        long until = THREADS.getCurrentThreadCpuTime() + BURN_NANOS;
        double x = 0.5;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            x = Math.sin(x) + 0.5;
        }
    }
}
