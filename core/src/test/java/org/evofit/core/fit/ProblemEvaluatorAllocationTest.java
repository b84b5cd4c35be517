package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.core.model.curve.DeclaredCurveModel;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/** The hot path of a fit (slots, couplings, model, figure of merit) allocates nothing per evaluation. */
class ProblemEvaluatorAllocationTest {

    @Test
    void evaluatingACandidateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot measure allocation");
        threads.setThreadAllocatedMemoryEnabled(true);
        double[] x = new double[200];
        double[] y = new double[200];
        double[] e = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.05;
            y[i] = 3 * Math.exp(-(x[i] - 5) * (x[i] - 5) / 2) + 1;
            e[i] = 0.1;
        }
        DataSet data = new DataSet("d", x, y, e, null, 1, 9);
        DeclaredComponent g = DeclaredComponent.of(ComponentSpec.of("gaussian", "g"))
                .with("height", name -> Parameter.fitted(name, 2, 0, 5))
                .with("center", name -> Parameter.fitted(name, 4, 0, 10));
        DeclaredComponent b = DeclaredComponent.of(ComponentSpec.of("constant", "b"))
                .with("value", name -> Parameter.fitted(name, 0, 0, 2));
        FitProblem problem = FitProblem.create(DeclaredCurveModel.create(List.of(g, b), List.of("w")),
                List.of(Parameter.fitted("w", 1, 0.5, 2)), List.of(Coupling.parse("g.sigma = w * 1.0")),
                List.of(data), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.IGNORE));
        Objective.Evaluator evaluator = problem.objective().newEvaluator();
        double[] candidate = {3, 5, 1, 1};
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            candidate[1] = 4.9 + 1e-6 * (i % 100);
            sink += evaluator.evaluate(candidate);
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 10_000; i++) {
            candidate[1] = 4.9 + 1e-6 * (i % 100);
            sink += evaluator.evaluate(candidate);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(sink).isFinite();
        // A few hundred bytes of measuring noise at most; one allocation per call would be >= 160 KB.
        assertThat(allocated).as("bytes allocated by 10,000 evaluations").isLessThan(4096);
    }
}
