package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The components sit in the optimizer's innermost loop, so evaluating one must not allocate. Checked
 * with the JVM's per-thread allocation counter where the JVM offers it.
 */
class AllocationFreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"gaussian", "lorentzian", "pseudo-voigt", "voigt", "polynomial",
            "exponential", "constant"})
    void evaluatingAllocatesNothing(String kind) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled());

        ComponentSpec spec = new ComponentSpec(kind, "k", 3, null, null);
        List<Parameter> parameters = CurveComponents.defaultParameters(spec);
        List<String> names = parameters.stream().map(Parameter::name).toList();
        CurveComponent component = CurveComponentsTest.create(spec, names::indexOf);
        double[] values = parameters.stream().mapToDouble(Parameter::value).toArray();
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = -40 + 80.0 * i / x.length; // reaches the Voigt's asymptotic branch too
        }
        double[] out = new double[x.length];
        long thread = Thread.currentThread().getId();

        for (int i = 0; i < 2_000; i++) {
            component.addTo(values, x, out);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 2_000; i++) {
            component.addTo(values, x, out);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // A single boxed double per call would already be 32 kB; allow the counter's own noise.
        assertThat(allocated).as(kind).isLessThan(1_024);
    }
}
