package org.evofit.core.refl;

/**
 * One line of the kernel benchmark: the cost of one kernel implementation on one stack.
 *
 * @param implementation  the kernel timed
 * @param stack           which stack: {@link #RANDOM} (every layer distinct) or a periodic one's shape,
 *                        such as {@code 2 + 2x19 + 2} (slabs above, repeated block × repeats, slabs below)
 * @param layers          layers in the stack, fronting and backing media included
 * @param absorbing       whether every layer absorbs (X-ray-like, the kernels' slower path) or none
 *                        does (neutron-like: real potentials take shortcuts)
 * @param points          Q values per call
 * @param nsPerPointLayer nanoseconds per (Q value × layer)
 */
public record KernelTiming(KernelImplementation implementation, String stack, int layers, boolean absorbing, int points,
        double nsPerPointLayer) {

    /** The {@link #stack} of {@link BenchStacks#random}'s stacks. */
    public static final String RANDOM = "random";

    /** Whether this is the kernel fits of model files use ({@link KernelImplementation#PRODUCTION}). */
    public boolean production() {
        return implementation == KernelImplementation.PRODUCTION;
    }
}
