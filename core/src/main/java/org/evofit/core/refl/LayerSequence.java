package org.evofit.core.refl;

/**
 * A stack described by its distinct layers and the order they appear in, for
 * {@link SequenceKernel}. Samples repeat layers (a multilayer of 19 Fe/Pt periods has 38 slabs but
 * two distinct ones), and everything the kernel computes per layer (wavevector, phase) or per
 * interface (Fresnel coefficient with roughness) depends only on which layers meet, so it is
 * computed once per distinct layer or interface rather than once per slab.
 *
 * <p>Mutable and reused: a model refills it before every evaluation. Layer {@code sequence[0]} is the
 * fronting medium, {@code sequence[length − 1]} the backing medium. Interface k joins
 * {@code upper[k]} (above) and {@code lower[k]} (below) with roughness {@code sigma[k]};
 * {@code interfaceAt[j]} is the interface between positions j − 1 and j.
 *
 * <p>A kernel that needs more of a distinct layer than its potential, thickness and roughness (a
 * magnetic SLD or a magnetisation angle, say) reads it from an input channel ({@link #input(int)}),
 * which it numbers itself and the sample fills; a new per-layer quantity needs no change here.
 */
public final class LayerSequence {

    /** Distinct layers: potential (Å⁻², see {@link SlabStack}) and thickness (Å). */
    final double[] uRe;
    final double[] uIm;
    final double[] thickness;
    int layers;

    /** The layers from the fronting medium down. */
    int[] sequence = new int[16];
    int length;

    /** Distinct interfaces. */
    int[] upper;
    int[] lower;
    double[] sigma;
    int interfaces;
    int[] interfaceAt = new int[16];
    private final int[] pairIndex;
    /** Further per-layer inputs by channel, created on first use. */
    private double[][] inputs = new double[0][];

    /** A sequence over at most {@code distinctLayers} distinct layers. */
    public LayerSequence(int distinctLayers) {
        uRe = new double[distinctLayers];
        uIm = new double[distinctLayers];
        thickness = new double[distinctLayers];
        upper = new int[distinctLayers * distinctLayers];
        lower = new int[distinctLayers * distinctLayers];
        sigma = new double[distinctLayers * distinctLayers];
        pairIndex = new int[distinctLayers * distinctLayers];
    }

    /**
     * The same stack as a sequence with one distinct layer per position, for running any
     * {@link ParrattKernel} on a {@link SlabStack} (tests, benchmarks). Allocates.
     *
     * @param stack the layers
     * @return a new sequence
     */
    public static LayerSequence of(SlabStack stack) {
        int n = stack.layerCount();
        LayerSequence s = new LayerSequence(n);
        for (int j = 0; j < n; j++) {
            s.setLayer(j, stack.uRe()[j], stack.uIm()[j], stack.thickness()[j]);
        }
        s.clear();
        for (int j = 0; j < n; j++) {
            s.append(j, stack.roughness()[j]);
        }
        return s;
    }

    /** Sets distinct layer i's potential and thickness. */
    public void setLayer(int i, double potentialRe, double potentialIm, double layerThickness) {
        uRe[i] = potentialRe;
        uIm[i] = potentialIm;
        thickness[i] = layerThickness;
        layers = Math.max(layers, i + 1);
    }

    /**
     * Input channel {@code channel}: one value per distinct layer, zero until set. The same array on
     * every call, so a sample fills it and a kernel reads it without allocating per evaluation.
     *
     * @param channel a number the kernel that reads the channel gives it, from 0
     */
    public double[] input(int channel) {
        if (channel >= inputs.length) {
            inputs = java.util.Arrays.copyOf(inputs, channel + 1);
        }
        if (inputs[channel] == null) {
            inputs[channel] = new double[uRe.length];
        }
        return inputs[channel];
    }

    /** Starts a new order of layers. */
    public void clear() {
        length = 0;
        interfaces = 0;
        java.util.Arrays.fill(pairIndex, -1);
    }

    /**
     * Appends a layer below the last one.
     *
     * @param layer     distinct layer index
     * @param roughness r.m.s. roughness (Å) of the interface above it (ignored for the first layer)
     */
    public void append(int layer, double roughness) {
        if (length == sequence.length) {
            sequence = java.util.Arrays.copyOf(sequence, 2 * length);
            interfaceAt = java.util.Arrays.copyOf(interfaceAt, 2 * length);
        }
        if (length > 0) {
            int above = sequence[length - 1];
            int key = above * uRe.length + layer;
            int k = pairIndex[key];
            if (k < 0) {
                k = interfaces++;
                pairIndex[key] = k;
                upper[k] = above;
                lower[k] = layer;
                sigma[k] = roughness;
            } else if (sigma[k] != roughness) {
                throw new IllegalArgumentException("layer " + layer + " below layer " + above
                        + " has two roughnesses; a distinct layer must keep one top roughness");
            }
            interfaceAt[length] = k;
        }
        sequence[length++] = layer;
    }

    /**
     * This sequence, refused when a slab's thickness or an interface's roughness is negative, as
     * {@link SlabStack#requirePhysical} refuses them. Reads only; allocates nothing.
     *
     * @throws IllegalArgumentException naming the first such distinct layer and the value
     */
    public LayerSequence requirePhysical() {
        for (int j = 1; j < length; j++) {
            int layer = sequence[j];
            if (j < length - 1 && thickness[layer] < 0) {
                throw new IllegalArgumentException("layer " + layer + " has thickness " + thickness[layer]
                        + " Å; a thickness cannot be negative");
            }
            if (sigma[interfaceAt[j]] < 0) {
                throw new IllegalArgumentException("layer " + layer + " has roughness " + sigma[interfaceAt[j]]
                        + " Å at its top interface; a roughness cannot be negative");
            }
        }
        return this;
    }

    /** Total thickness of the slabs between the fronting and backing media, Å. */
    public double totalThickness() {
        double sum = 0;
        for (int j = 1; j < length - 1; j++) {
            sum += thickness[sequence[j]];
        }
        return sum;
    }

    /** Number of positions (fronting and backing media included). */
    public int length() {
        return length;
    }

    /** The same stack unrolled into a new {@link SlabStack} (for the general kernel and for tests). */
    public SlabStack toSlabStack() {
        return toSlabStack(null);
    }

    /**
     * The same stack unrolled into {@code reuse} when it has the right number of layers, else into a
     * new {@link SlabStack}.
     */
    public SlabStack toSlabStack(SlabStack reuse) {
        SlabStack target = reuse != null && reuse.layerCount() == length ? reuse
                : new SlabStack(new double[length], new double[length], new double[length], new double[length]);
        double[] d = target.thickness();
        double[] re = target.uRe();
        double[] im = target.uIm();
        double[] s = target.roughness();
        for (int j = 0; j < length; j++) {
            int l = sequence[j];
            d[j] = thickness[l];
            re[j] = uRe[l];
            im[j] = uIm[l];
            s[j] = j == 0 ? 0 : sigma[interfaceAt[j]];
        }
        return target;
    }
}
