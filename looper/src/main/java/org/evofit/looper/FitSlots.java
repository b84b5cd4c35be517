package org.evofit.looper;

import java.util.function.Supplier;

/**
 * Where each fit of a {@link LocalDispatcher} waits for its turn on cores it shares with other work:
 * a service running several sweeps at once gives all their fits one pool of slots, so a sweep's
 * independent runs fan out over the free slots while the total of fits at once stays bounded.
 */
@FunctionalInterface
public interface FitSlots {

    /** No sharing: every fit starts at once (the dispatcher's own {@code jobs} bound them). */
    FitSlots NONE = (spec, fit) -> fit.get();

    /**
     * Runs {@code fit} once a slot is free and frees it after; a fit that must not start (its thread
     * was interrupted while waiting, its sweep is stopping) is not run and ends
     * {@link RunOutcome#interrupted interrupted}, so it resumes later.
     *
     * @param spec the run about to fit
     * @param fit  runs it (never throws for a failing run)
     */
    RunOutcome run(RunSpec spec, Supplier<RunOutcome> fit);
}
