package org.evofit.dispatch;

import java.util.Optional;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.optim.HelperCpu;

/**
 * A worker's bound on one attempt's fit: what its sweep may still use ({@link RunQueue#cpuLeft}) when the attempt
 * starts. Past it, the fit's thread having used that much CPU since, the optimizer ends at the next generation
 * boundary with its best so far as the result, marked CPU_BUDGET, as on {@code evofit serve}'s own slots.
 */
final class CpuBudget {

    private CpuBudget() {
    }

    /** The listener of a fit started at thread CPU time {@code startNanos} with {@code left} seconds to use. */
    static GenerationListener listener(Optional<Double> left, long startNanos) {
        if (left.isEmpty()) {
            return GenerationListener.NONE;
        }
        double seconds = left.get();
        return new GenerationListener() {
            @Override
            public void generationDone(org.evofit.core.de.GenerationReport report) {
                // Only the budget is of interest here.
            }

            @Override
            public boolean budgetSpent() {
                return (HelperCpu.withHelpers() - startNanos) / 1e9 >= seconds;
            }
        };
    }
}
