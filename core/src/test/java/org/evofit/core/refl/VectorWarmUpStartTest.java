package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every reflectivity model's evaluator makes a fit kernel ({@link KernelImplementation#forFits()}), polarised or
 * not, so making one must not start the unpolarised warm-up (seconds of CPU on a second core, and the JIT's time,
 * charged to the fit): only its first call does. A polarised fit, which evaluates with the magnetic kernel only,
 * then races no unpolarised kernel it never uses. Each case runs in a JVM of its own, since the warm-up starts
 * once per JVM and this one's other tests may have started it.
 */
class VectorWarmUpStartTest {

    private static final String THREAD = "evofit-vector-warm-up";

    @Test
    void makingAFitKernelStartsNoWarmUpAndItsFirstCallDoes() throws Exception {
        assertThat(OwnJvm.run(Probe.class, "make")).as("a fit kernel made, never called")
                .isEqualTo("warm-up running: false");
        assertThat(OwnJvm.run(Probe.class, "call")).as("a fit kernel called once").isEqualTo("warm-up running: true");
    }

    /** Makes a fit kernel and calls it once when asked, then says whether the warm-up thread runs. */
    public static final class Probe {

        public static void main(String[] args) {
            assertThat(KernelImplementation.PRODUCTION).isEqualTo(KernelImplementation.VECTOR);
            ParrattKernel kernel = KernelImplementation.forFits();
            if (args[0].equals("call")) {
                double[] q = BenchStacks.linear(0.01, 0.3, VectorKernel.BLOCK);
                kernel.reflectivity(LayerSequence.of(BenchStacks.random(10, 1)), q, new double[q.length]);
            }
            System.out.println("warm-up running: " + OwnJvm.running(THREAD));
        }
    }
}
