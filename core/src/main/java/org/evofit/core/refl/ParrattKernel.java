package org.evofit.core.refl;

/**
 * The seam every Parratt kernel sits behind: the specular reflectivity of a {@link LayerSequence}
 * at a range of Q values. An instance holds one thread's scratch memory, so it is not thread-safe;
 * {@link KernelImplementation#newKernel} makes one per thread. Which implementation a fit uses, and
 * which the benchmark and the validation tests run, is listed in {@link KernelImplementation}.
 */
public interface ParrattKernel {

    /**
     * Writes R(q[i]) into out[i] for every i in [from, to).
     *
     * @param stack the layers (at least a fronting and a backing medium)
     * @param q     momentum transfer values, Å⁻¹ (the sign is ignored)
     * @param from  first index, inclusive
     * @param to    last index, exclusive
     * @param out   receives R at the same indices as q
     */
    void reflectivity(LayerSequence stack, double[] q, int from, int to, double[] out);

    /**
     * Writes R(q[i]) into out[i] for every i.
     *
     * @param stack the layers
     * @param q     momentum transfer values, Å⁻¹
     * @param out   receives R; at least as long as q
     */
    default void reflectivity(LayerSequence stack, double[] q, double[] out) {
        reflectivity(stack, q, 0, q.length, out);
    }
}
