package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every reflectivity model's evaluator makes a {@link MagneticWorkspace}, polarised or not, so making one must not
 * start the magnetic warm-up (seconds of CPU on a second core, charged to the fit): only a magnetic kernel call
 * of a workspace that switches after it does, and fits' workspaces, on the scalar steps, never do. Each case runs in a JVM of its own, since the warm-up starts once per JVM and this one's other tests may
 * have started it.
 */
class MagneticWarmUpStartTest {

    private static final String THREAD = "evofit-magnetic-warm-up";

    @Test
    void makingAWorkspaceStartsNoWarmUpAndItsFirstCallDoes() throws Exception {
        assertThat(probe("make")).as("a workspace made, never called").isEqualTo("warm-up running: false");
        assertThat(probe("call")).as("a workspace called once").isEqualTo("warm-up running: true");
    }

    @Test
    void fitsOnTheScalarStepsStartNoWarmUp() throws Exception {
        assertThat(MagneticImplementation.PRODUCTION).isEqualTo(MagneticImplementation.SCALAR);
        assertThat(probe("production")).as("a production workspace called once").isEqualTo("warm-up running: false");
    }

    private static String probe(String mode) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
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
            boolean running = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(THREAD));
            System.out.println("warm-up running: " + running);
        }
    }
}
