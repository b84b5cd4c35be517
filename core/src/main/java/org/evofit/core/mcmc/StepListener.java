package org.evofit.core.mcmc;

/** Told after every step of a sampling run, on the sampling thread: for progress and checkpoints. */
@FunctionalInterface
public interface StepListener {

    /** A listener that does nothing. */
    StepListener NONE = chain -> { };

    /** The chain has a new row; {@code chain.steps()} steps are done. Must not modify the chain. */
    void onStep(Chain chain);
}
