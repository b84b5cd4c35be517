package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kernels and the smearing run inside the fit's loop: steady-state calls allocate nothing. */
class AllocationTest {

    /**
     * Windows of 200 calls {@link #allocatedBy} measures at most before it takes the least as the answer. A
     * helper's run of the suite at load 3-4 (two other JVMs compiling vector code) saw the vector magnetic kernel
     * still allocating after 50 windows (10,000 calls; it passed ten runs of ten alone at load 1): the JIT's
     * compile queue lags under load. The loop ends at the first window that allocates nothing, so this bound
     * only lengthens a failing run (and code expected to allocate is measured over {@link #FEW_WINDOWS}).
     */
    private static final int WINDOWS = 400;
    /** Windows enough to see code that allocates by itself do so. */
    private static final int FEW_WINDOWS = 3;

    /**
     * The fewest bytes the current thread allocated in one window of 200 calls of {@code task}, after 200 calls
     * of warm-up: windows are measured until one allocates less than a kibibyte, or {@value #WINDOWS} have been.
     * The JIT compiles (and the kernels' warm-up switches to the vector kernel) when it is ready, later on a
     * loaded machine: until then a call may allocate. Code that allocates by itself does so in every window.
     */
    private static long allocatedBy(Runnable task) {
        return allocatedBy(task, WINDOWS);
    }

    /** As {@link #allocatedBy(Runnable)}, over at most this many windows. */
    private static long allocatedBy(Runnable task, int windows) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 200; i++) {
            task.run();
        }
        long least = Long.MAX_VALUE;
        for (int window = 0; window < windows && least >= 1_024; window++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 200; i++) {
                task.run();
            }
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }

    /**
     * Every kernel runs; those that promise a fit's hot path nothing allocate nothing, and the
     * naive reference, which promises nothing, is seen to allocate (so the measurement can fail).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(KernelImplementation.class)
    void everyAllocationFreeKernelAllocatesNothing(KernelImplementation implementation) throws InterruptedException {
        if (implementation == KernelImplementation.VECTOR) {
            // Vector code allocates until the JIT's optimising compiler has compiled it, which the warm-up sees.
            VectorWarmUp.vectorFaster();
            assertThat(VectorWarmUp.await(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        }
        LayerSequence stack = LayerSequence.of(BenchStacks.random(30, 3));
        // A multilayer too: the periodic kernel walks its repeats as matrix powers.
        LayerSequence multilayer = BenchStacks.periodic(2, 2, 19, 2, 3);
        double[] q = BenchStacks.linear(0, 0.4, 300);
        double[] out = new double[q.length];
        ParrattKernel kernel = implementation.newKernel();
        // Its own kernel: the slab kernel keeps one unrolled stack, which a new layer count replaces.
        ParrattKernel multilayerKernel = implementation.newKernel();
        long bytes = allocatedBy(() -> {
            kernel.reflectivity(stack, q, out);
            multilayerKernel.reflectivity(multilayer, q, out);
        }, implementation.allocationFree() ? WINDOWS : FEW_WINDOWS);
        if (implementation.allocationFree()) {
            assertThat(bytes).as("bytes allocated by 200 calls once warm").isLessThan(1_024);
        } else {
            assertThat(bytes).as("bytes allocated by the fewest 200 calls").isGreaterThan(1_024);
        }
    }

    @Test
    void productionKernelIsAllocationFree() {
        assertThat(KernelImplementation.PRODUCTION.allocationFree()).isTrue();
    }

    /**
     * Each magnetic kernel, fixed by its workspace, allocates nothing once warm, as a fit's hot path must: the
     * vector one passes no vector to a method the JIT may not inline, which would box it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(MagneticImplementation.class)
    void magneticKernelAllocatesNothingOnceWarm(MagneticImplementation implementation) {
        assumeTrue(implementation.available(), "the JVM lacks module jdk.incubator.vector");
        MagneticSlabs stack = MagneticSlabs.fromLayers(LayersFile.parseMagnetic(
                OrsoPolarisedTest.text("test1.layers"), "test1.layers"));
        double[] q = BenchStacks.linear(0, 0.2, 300);
        SpinChannels out = SpinChannels.ofLength(q.length);
        MagneticWorkspace ws = new MagneticWorkspace(implementation);
        long bytes = allocatedBy(() -> MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, out, ws));
        assertThat(bytes).as("bytes allocated by 200 calls once warm").isLessThan(1_024);
    }

    @Test
    void smearingAllocatesNothingOnceWarm() {
        SlabStack stack = Orso.stack("test0.layers");
        double[] q = BenchStacks.linear(0.005, 0.3, 300);
        double[] dq = Arrays.stream(q).map(v -> 0.02 * v).toArray();
        SmearedReflectivity model = SmearedReflectivity.pointwise(q, dq);
        double[] out = new double[q.length];
        SmearingWorkspace ws = new SmearingWorkspace();
        assertThat(allocatedBy(() -> model.reflectivity(stack, out, ws))).isLessThan(1_024);
    }

    @Test
    void smearingSumsSideBySideAllocateNothingOnceWarm() {
        assumeTrue(KernelImplementation.VECTOR.available());
        double[] q = BenchStacks.linear(0.005, 0.3, 300);
        double[] dq = Arrays.stream(q).map(v -> 0.02 * v).toArray();
        ResolutionSmearing map = ResolutionSmearing.pointwise(q, dq, SmearingSettings.REFLECTIVITY,
                ResolutionSmearing.CUT_REACH);
        double[] values = BenchStacks.linear(1, 0.5, map.nodeCount());
        double[] out = new double[q.length];
        assertThat(map.blocks().laid()).isPositive();
        assertThat(allocatedBy(() -> map.applyBlocks(values, map.firstNodes(), out))).isLessThan(1_024);
    }
}
