package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark runs and reports sane numbers (no timing thresholds: the machine is shared). */
class KernelBenchmarkTest {

    @Test
    void reportsPositiveTimingsAndNodeCounts() {
        KernelBenchmark bench = new KernelBenchmark(0.01);
        for (KernelImplementation implementation : KernelImplementation.values()) {
            KernelTiming k = bench.kernel(implementation, 12, 200, true);
            assertThat(k.implementation()).isEqualTo(implementation);
            assertThat(k.layers()).isEqualTo(12);
            assertThat(k.points()).isEqualTo(200);
            assertThat(k.nsPerPointLayer()).isPositive();
        }
        KernelTiming periodic = bench.periodic(KernelImplementation.PERIODIC, 2, 2, 19, 2, 100);
        assertThat(periodic.stack()).isEqualTo("2 + 2x19 + 2");
        assertThat(periodic.layers()).isEqualTo(2 + 2 + 38 + 2);
        assertThat(periodic.nsPerPointLayer()).isPositive();
        assertThat(bench.periodic(KernelImplementation.SEQUENCE, 0, 2, 100, 0, 100).stack()).isEqualTo("2x100");
        SmearingTiming s = bench.smearing(6, 100);
        assertThat(s.defaultNodes()).isPositive();
        assertThat(s.baselineNodes()).isEqualTo(1700);
        assertThat(s.costRatio()).isPositive();
    }

    @Test
    void timesTheMagneticKernelBesideTheUnpolarisedOneOnTheSameLayers() {
        MagneticTiming t = new MagneticBenchmark(0.01).measure(12, 200, 0.5);
        assertThat(t.layers()).isEqualTo(12);
        assertThat(t.implementation()).isEqualTo(MagneticImplementation.PRODUCTION.label());
        assertThat(t.points()).isEqualTo(200);
        assertThat(t.field()).isEqualTo(0.5);
        assertThat(t.magneticNs()).isPositive();
        assertThat(t.unpolarisedNs()).isPositive();
        assertThat(t.ratio()).isEqualTo(t.magneticNs() / t.unpolarisedNs());
        MagneticSlabs stack = MagneticBenchmark.random(12, 1);
        assertThat(java.util.Arrays.stream(stack.sldm()).max().orElse(0)).as("the benchmark's layers are magnetic").isGreaterThan(0.5);
    }

    @Test
    void pairedTimerRunsTheTwoTasksInTurnAndReportsEachOnesCostPerRun() {
        StringBuilder order = new StringBuilder();
        long[] runs = new long[2];
        PairedTimer.PairedNanos nanos = new PairedTimer(0.002).nanosPerCall(() -> {
            runs[0]++;
            if (order.length() == 0 || order.charAt(order.length() - 1) != 'a') {
                order.append('a');
            }
        }, () -> {
            runs[1]++;
            if (order.charAt(order.length() - 1) != 'b') {
                order.append('b');
            }
        });
        assertThat(order.toString()).as("batches alternate, first task first").matches("(ab)+");
        assertThat(order.length() / 2).as("warm-up and timed rounds").isGreaterThanOrEqualTo(5);
        assertThat(runs[0]).isPositive();
        assertThat(runs[1]).isPositive();
        assertThat(nanos.first()).isPositive().isFinite();
        assertThat(nanos.second()).isPositive().isFinite();
    }

    /**
     * A task far shorter than one reading of the thread's CPU clock (~1.5 µs on the project's host, where a 5 µs curve
     * read after every run came out ~50 % dearer) is reported at its own cost, not the clock's.
     */
    @Test
    void pairedTimerLeavesTheClocksOwnCostOutOfShortTasks() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long reads = 20_000;
        long sink = 0;
        long start = System.nanoTime();
        for (long i = 0; i < reads; i++) {
            sink += threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        }
        double clockRead = (double) (System.nanoTime() - start) / reads;
        long[] counts = new long[2];
        PairedTimer.PairedNanos nanos = new PairedTimer(0.01).nanosPerCall(() -> counts[0]++, () -> counts[1]++);
        assertThat(sink).isNotZero();
        // Read after every run, each run would carry one whole reading.
        assertThat(nanos.first()).as("an empty task against one clock reading of %.0f ns", clockRead)
                .isLessThan(clockRead / 4);
        assertThat(nanos.second()).isLessThan(clockRead / 4);
    }

    /**
     * A task whose cost falls round by round for six rounds, as a step's does while the JIT compiles it: the
     * warm-up goes on until its cost has held for {@link PairedTimer#QUIET_ROUNDS} rounds.
     */
    @Test
    void theWarmUpLastsUntilTheCostsHaveSettled() {
        int[] rounds = new int[1];
        boolean[] inFirst = new boolean[1];
        Runnable first = () -> {
            if (!inFirst[0]) {
                inFirst[0] = true;
                rounds[0]++;
            }
            spin(rounds[0] < 6 ? 2_000 * (7 - rounds[0]) : 2_000);
        };
        Runnable second = () -> {
            inFirst[0] = false;
            spin(2_000);
        };
        int done = PairedTimer.warmUp(first, second, 200_000, 60_000_000_000L);
        assertThat(done).as("rounds of the warm-up").isEqualTo(rounds[0])
                .isGreaterThanOrEqualTo(6 + PairedTimer.QUIET_ROUNDS);
    }

    private static volatile double sink;

    private static void spin(int steps) {
        double x = 1;
        for (int i = 0; i < steps; i++) {
            x = Math.fma(x, 1.0000001, 1e-9);
        }
        sink += x;
    }

    @Test
    void theProductionKernelIsTheOneReflectivityModelsEvaluateWithAndComesFirst() {
        assertThat(KernelBenchmark.implementations()).first().isEqualTo(KernelImplementation.PRODUCTION);
        assertThat(KernelBenchmark.implementations()).containsExactlyInAnyOrder(KernelImplementation.values());
        // The tests run as the launcher does, with the Vector API's module resolved.
        assertThat(KernelImplementation.VECTOR.available()).isTrue();
        assertThat(KernelImplementation.PRODUCTION).isEqualTo(KernelImplementation.VECTOR);
    }
}
