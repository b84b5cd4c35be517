package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every reflectivity model's evaluator makes a {@link MagneticWorkspace}, polarised or not, so making one must not
 * start the magnetic warm-up (seconds of CPU on a second core, charged to the fit): only a magnetic kernel call
 * of a workspace that switches after it does, and fits' workspaces, on the scalar steps, never do. Each case runs
 * in a JVM of its own ({@link OwnJvm}), since the warm-up starts once per JVM and this one's other tests may have
 * started it.
 */
class MagneticWarmUpStartTest {

    private static final String THREAD = "evofit-magnetic-warm-up";

    @Test
    void makingAWorkspaceStartsNoWarmUpAndItsFirstCallDoes() throws Exception {
        assertThat(OwnJvm.run(Probe.class, "make")).as("a workspace made, never called")
                .isEqualTo("warm-up running: false");
        assertThat(OwnJvm.run(Probe.class, "call")).as("a workspace called once").isEqualTo("warm-up running: true");
    }

    @Test
    void fitsOnTheScalarStepsStartNoWarmUp() throws Exception {
        assertThat(MagneticImplementation.PRODUCTION).isEqualTo(MagneticImplementation.SCALAR);
        assertThat(OwnJvm.run(Probe.class, "production")).as("a production workspace called once")
                .isEqualTo("warm-up running: false");
    }

    /**
     * Makes a fit's workspace (the production one, and one that switches after the warm-up) and calls it once when
     * asked, then says whether the warm-up thread runs.
     */
    public static final class Probe {

        public static void main(String[] args) {
            MagneticWorkspace production = new MagneticWorkspace();
            MagneticWorkspace ws = MagneticWorkspace.switchingAfterWarmUp();
            if (args[0].equals("call")) {
                double[] q = BenchStacks.linear(0.01, 0.3, MagneticWorkspace.BLOCK);
                MagneticKernel.reflectivity(MagneticBenchmark.random(10, 1), 90, 0, q, 0, q.length,
                        SpinChannels.ofLength(q.length), ws);
            }
            if (args[0].equals("production")) {
                double[] q = BenchStacks.linear(0.01, 0.3, MagneticWorkspace.BLOCK);
                MagneticKernel.reflectivity(MagneticBenchmark.random(10, 1), 90, 0, q, 0, q.length,
                        SpinChannels.ofLength(q.length), production);
            }
            System.out.println("warm-up running: " + OwnJvm.running(THREAD));
        }
    }
}
