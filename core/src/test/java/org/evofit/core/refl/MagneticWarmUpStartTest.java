package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Every reflectivity model's evaluator makes a {@link MagneticWorkspace}, polarised or not, so neither making one
 * nor a small fit's calls may start the magnetic warm-up (seconds of CPU on a second core, charged to the fit):
 * only kernel work worth it does ({@link MagneticWarmUp#WORTH_A_WARM_UP} Q values × layers × passes), and then
 * fits' workspaces run the vector steps. Each case runs in a JVM of its own ({@link OwnJvm}), since the warm-up
 * starts once per JVM and this one's other tests may have started it.
 */
class MagneticWarmUpStartTest {

    private static final String THREAD = "evofit-magnetic-warm-up";

    @Test
    void makingAWorkspaceOrAFewCallsStartNoWarmUp() throws Exception {
        assertThat(OwnJvm.run(Probe.class, "make")).as("a workspace made, never called")
                .isEqualTo("warm-up running: false");
        assertThat(OwnJvm.run(Probe.class, "call")).as("a workspace called once").isEqualTo("warm-up running: false");
    }

    @Test
    void theWorkWorthAWarmUpStartsItAndFitsThenRunTheVectorSteps() throws Exception {
        assumeTrue(MagneticImplementation.VECTOR.available(), "the JVM lacks module jdk.incubator.vector");
        assertThat(MagneticImplementation.PRODUCTION).isEqualTo(MagneticImplementation.VECTOR);
        assertThat(OwnJvm.run(Probe.class, "work")).as("calls of a fit's workspace with a field on 200 layers")
                .isEqualTo("one call short: false, then: true, vector steps after the race: true");
    }

    /** Makes a fit's workspace and calls it as asked, then says whether the warm-up thread runs. */
    public static final class Probe {

        private static final MagneticSlabs STACK = MagneticBenchmark.random(200, 1);
        private static final double[] Q = BenchStacks.linear(0.01, 0.3, 1000);
        /** Two passes (a field along Q) over every layer at every Q value. */
        private static final long WORK_PER_CALL = 2L * Q.length * STACK.layerCount();

        public static void main(String[] args) throws InterruptedException {
            MagneticWorkspace fit = new MagneticWorkspace();
            if (args[0].equals("call")) {
                call(fit);
            }
            if (args[0].equals("work")) {
                long calls = (MagneticWarmUp.WORTH_A_WARM_UP + WORK_PER_CALL - 1) / WORK_PER_CALL;
                for (long c = 1; c < calls; c++) {
                    call(fit);
                }
                boolean before = OwnJvm.running(THREAD);
                call(fit);
                boolean after = OwnJvm.running(THREAD);
                // The event the switch waits for; the bound only keeps a broken warm-up from hanging the build.
                boolean won = MagneticWarmUp.start().await(10, java.util.concurrent.TimeUnit.MINUTES)
                        && MagneticWarmUp.start().vectorFaster();
                System.out.println("one call short: " + before + ", then: " + after + ", vector steps after the race: "
                        + (won && fit.steps(0) == VectorMagneticSteps.VECTOR));
                return;
            }
            System.out.println("warm-up running: " + OwnJvm.running(THREAD));
        }

        private static void call(MagneticWorkspace ws) {
            MagneticKernel.reflectivity(STACK, 5, 0.5, Q, 0, Q.length, SpinChannels.ofLength(Q.length), ws);
        }
    }
}
