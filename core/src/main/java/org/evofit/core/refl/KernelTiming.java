package org.evofit.core.refl;

/**
 * One line of the kernel benchmark: the cost of one kernel implementation on one stack.
 *
 * @param implementation  the kernel timed
 * @param layers          layers in the stack, fronting and backing media included
 * @param absorbing       whether every layer absorbs (X-ray-like, the kernels' slower path) or none
 *                        does (neutron-like: real potentials take shortcuts)
 * @param points          Q values per call
 * @param nsPerPointLayer nanoseconds per (Q value × layer)
 */
public record KernelTiming(KernelImplementation implementation, int layers, boolean absorbing, int points,
        double nsPerPointLayer) {

    /** Whether this is the kernel fits of model files use ({@link KernelImplementation#PRODUCTION}). */
    public boolean production() {
        return implementation == KernelImplementation.PRODUCTION;
    }
}
