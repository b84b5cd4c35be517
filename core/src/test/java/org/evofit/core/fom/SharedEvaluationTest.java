package org.evofit.core.fom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.junit.jupiter.api.Test;

/** How the optimizer uses a figure of merit: one instance, many threads, millions of calls. */
class SharedEvaluationTest {

    @Test
    void concurrentFirstCallsAgreeWithTheHandValue() throws Exception {
        // R2bars has a data-only denominator, so the threads race to compute and cache it.
        int threads = 8;
        FigureOfMerit fom = FiguresOfMerit.byName("R2bars", NonFinitePolicy.IGNORE);
        FitData data = TinyData.data();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    double[][] sim = TinyData.simulation();
                    start.await();
                    boolean allEqual = true;
                    for (int i = 0; i < 2000; i++) {
                        // 4.8 / 311.5, worked out in WeightedFiguresOfMeritTest
                        allEqual &= Math.abs(fom.evaluate(data, sim, TinyData.P) - 4.8 / 311.5)
                                < 1e-15;
                    }
                    return allEqual;
                }));
            }
            start.countDown();
            for (Future<Boolean> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evaluateAllocatesNothingOnceTheDataAreKnown() {
        java.lang.management.ThreadMXBean plain = ManagementFactory.getThreadMXBean();
        assumeThat(plain).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) plain;
        assumeThat(bean.isThreadAllocatedMemorySupported()).isTrue();
        if (!bean.isThreadAllocatedMemoryEnabled()) {
            bean.setThreadAllocatedMemoryEnabled(true);
        }

        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 + i * 0.05;
            y[i] = 1.0 / (1 + i);
            e[i] = 0.1 * y[i];
            s[i] = 1.1 * y[i];
        }
        DataSet set = DataSet.of("d", x, y).withErrors(e);
        FitData data = FitData.of(List.of(set, set));
        double[][] sim = {s, s};
        int calls = 5000;

        for (String name : FiguresOfMerit.names()) {
            FigureOfMerit fom = FiguresOfMerit.byName(name, NonFinitePolicy.IGNORE);
            double sink = 0;
            for (int i = 0; i < calls; i++) {
                sink += fom.evaluate(data, sim, 3);
            }
            bean.getCurrentThreadAllocatedBytes();
            long before = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
                sink += fom.evaluate(data, sim, 3);
            }
            long allocated = bean.getCurrentThreadAllocatedBytes() - before;
            // A single small object per call would come to 16 bytes x 5000 calls = 80 000 bytes;
            // the margin only absorbs the measurement's own bookkeeping.
            assertThat(allocated).as(name + " (sink %s)", sink).isLessThan(4096);
        }
    }
}
