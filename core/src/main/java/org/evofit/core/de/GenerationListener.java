package org.evofit.core.de;

/** Receives a report after every generation, on the optimizer's thread. Keep it quick. */
@FunctionalInterface
public interface GenerationListener {

    /** A listener that ignores every report. */
    GenerationListener NONE = report -> { };

    /** Called after each generation (and once for the initial population). */
    void generationDone(GenerationReport report);

    /**
     * Asked after each report: whether the fit's CPU budget is spent, so it ends at this generation boundary with
     * {@link DeResult.StopReason#CPU_BUDGET} and its best so far finishes like any other fit's. The optimizer only
     * asks; the listener measures (a service counts the CPU time of the fit's thread against its account's quota).
     */
    default boolean budgetSpent() {
        return false;
    }
}
