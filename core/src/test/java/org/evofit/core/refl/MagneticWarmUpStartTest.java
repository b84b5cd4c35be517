package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every reflectivity model's evaluator makes a {@link MagneticWorkspace}, polarised or not, so making one must not
 * start the magnetic warm-up (seconds of CPU on a second core, charged to the fit): only a magnetic kernel call
 * does. Each case runs in a JVM of its own, since the warm-up starts once per JVM and this one's other tests may
 * have started it.
 */
class MagneticWarmUpStartTest {

    private static final String THREAD = "evofit-magnetic-warm-up";

    @Test
    void makingAWorkspaceStartsNoWarmUpAndItsFirstCallDoes() throws Exception {
        assertThat(probe("make")).as("a workspace made, never called").isEqualTo("warm-up running: false");
        assertThat(probe("call")).as("a workspace called once").isEqualTo("warm-up running: true");
    }

    private static String probe(String mode) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** Makes a production workspace, calls it once when asked, and says whether the warm-up thread runs. */
    public static final class Probe {

        public static void main(String[] args) {
            MagneticWorkspace ws = new MagneticWorkspace();
            if (args[0].equals("call")) {
                double[] q = BenchStacks.linear(0.01, 0.3, MagneticWorkspace.BLOCK);
                MagneticKernel.reflectivity(MagneticBenchmark.random(10, 1), 90, 0, q, 0, q.length,
                        SpinChannels.ofLength(q.length), ws);
            }
            boolean running = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(THREAD));
            System.out.println("warm-up running: " + running);
        }
    }
}
