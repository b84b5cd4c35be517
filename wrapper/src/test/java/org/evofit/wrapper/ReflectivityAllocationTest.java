package org.evofit.wrapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.evofit.core.fit.Objective;
import org.junit.jupiter.api.Test;

/** Evaluating a candidate of a reflectivity fit (GenX's X-ray example) allocates nothing. */
class ReflectivityAllocationTest {

    @Test
    void anXrayMultilayerEvaluationAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot measure allocation");
        threads.setThreadAllocatedMemoryEnabled(true);
        ModelDefinition model = ModelFiles.load(Path.of("../examples/xray-multilayer/model.yaml"));
        Objective objective = model.problem().objective();
        Objective.Evaluator evaluator = objective.newEvaluator();
        double[] candidate = objective.start().clone();
        double sink = 0;
        for (int i = 0; i < 3000; i++) {
            candidate[0] = objective.start()[0] + 1e-3 * (i % 10);
            sink += evaluator.evaluate(candidate);
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 1000; i++) {
            candidate[0] = objective.start()[0] + 1e-3 * (i % 10);
            sink += evaluator.evaluate(candidate);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(sink).isFinite();
        assertThat(allocated).as("bytes allocated by 1,000 evaluations").isLessThan(4096);
    }
}
