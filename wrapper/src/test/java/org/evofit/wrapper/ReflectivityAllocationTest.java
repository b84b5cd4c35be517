package org.evofit.wrapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluating a candidate of a reflectivity fit (GenX's X-ray example) allocates nothing, through
 * each allocation-free kernel as fits use it: GenX's resolution mode evaluates the production
 * (sequence) kernel, evofit's accurate modes the slab kernel on the smearing's nodes; a Kα doublet
 * runs GenX's pipeline twice into buffers the evaluator keeps.
 */
class ReflectivityAllocationTest {

    private static final Path EXAMPLE = Path.of("../examples/xray-multilayer");

    @TempDir
    Path dir;

    /** The accurate modes cost far more per evaluation (thousands of smearing nodes): fewer calls. */
    @ParameterizedTest(name = "resolution {0}")
    @CsvSource({"fast conv, 3000, 1000", "relative, 400, 200", "fast conv with a Kα doublet, 3000, 1000"})
    void anXrayMultilayerEvaluationAllocatesNothing(String resolution, int warmUp, int measured) throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot measure allocation");
        threads.setThreadAllocatedMemoryEnabled(true);
        Objective objective = ModelFiles.load(model(resolution)).problem().objective();
        Objective.Evaluator evaluator = objective.newEvaluator();
        double[] candidate = objective.start().clone();
        double sink = 0;
        for (int i = 0; i < warmUp; i++) {
            candidate[0] = objective.start()[0] + 1e-3 * (i % 10);
            sink += evaluator.evaluate(candidate);
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < measured; i++) {
            candidate[0] = objective.start()[0] + 1e-3 * (i % 10);
            sink += evaluator.evaluate(candidate);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(sink).isFinite();
        assertThat(allocated).as("bytes allocated by %d evaluations", measured).isLessThan(4096);
    }

    /** The example itself, or a copy whose resolution is one of evofit's accurate modes. */
    private Path model(String resolution) throws IOException {
        Path example = EXAMPLE.resolve("model.yaml");
        if (resolution.equals("fast conv")) {
            return example;
        }
        boolean doublet = resolution.endsWith("doublet");
        String text = doublet
                ? Files.readString(example).replaceFirst("(?m)^(  coords: .*)$",
                        "$1\n  doublet: {wavelength: 1.5444, ratio: 0.5}")
                : Files.readString(example).replaceFirst("(?m)^  resolution: .*$",
                        "  resolution: {type: " + resolution + ", sigma: 0.004}");
        assertThat(text).contains(doublet ? "doublet: {" : "type: " + resolution);
        Files.copy(EXAMPLE.resolve("xray-tutorial.dat"), dir.resolve("xray-tutorial.dat"));
        Path copy = dir.resolve("model.yaml");
        Files.writeString(copy, text);
        return copy;
    }
}
