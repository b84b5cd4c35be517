package org.evofit.core.refl;

/**
 * One line of the kernel benchmark: the cost of the fast kernel and of the naive baseline.
 *
 * @param layers                  layers in the stack, fronting and backing media included
 * @param absorbing               whether every layer absorbs (X-ray-like, the kernel's slower path)
 *                                or none does (neutron-like: real potentials take shortcuts)
 * @param points                  Q values per call
 * @param nsPerPointLayer         fast kernel: nanoseconds per (Q value × layer)
 * @param baselineNsPerPointLayer {@link NaiveParratt}: nanoseconds per (Q value × layer)
 */
public record KernelTiming(int layers, boolean absorbing, int points, double nsPerPointLayer, double baselineNsPerPointLayer) {

    /** How many times faster the fast kernel is than the baseline. */
    public double speedup() {
        return baselineNsPerPointLayer / nsPerPointLayer;
    }
}
