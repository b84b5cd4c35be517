package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.instrument.GenxPotentials;
import org.evofit.core.refl.instrument.Probe;

/**
 * A sample bound to its slots: turns parameter values into the kernel's layer arrays. Its
 * parameters take consecutive slots in a fixed order, so nothing is looked up by name.
 *
 * <p>Each distinct layer's potential is computed once per call however often the layer repeats,
 * then the stacks are unrolled from the ambient down: ambient, the top stack's repetitions (each
 * from its top layer down), ..., the bottom stack, substrate. A layer's {@code sigma} is the
 * roughness of its top interface, which is the kernel's roughness of the interface above that layer.
 * Thread-safe; the per-call state lives in {@link Scratch}.
 */
public final class SampleLayout {

    private static final int D = LayerQuantity.D.ordinal();
    private static final int SIGMA = LayerQuantity.SIGMA.ordinal();
    private static final int SLD = LayerQuantity.SLD.ordinal();
    private static final int ISLD = LayerQuantity.ISLD.ordinal();
    private static final int DENS = LayerQuantity.DENS.ordinal();
    private static final int F_RE = LayerQuantity.F_RE.ordinal();
    private static final int F_IM = LayerQuantity.F_IM.ordinal();
    private static final int B_RE = LayerQuantity.B_RE.ordinal();
    private static final int B_IM = LayerQuantity.B_IM.ordinal();

    private final int layerCount;
    private final boolean[] sld;
    /** The slot of each layer's quantities, by {@link LayerQuantity#ordinal()}; -1 where it has none. */
    private final int[][] slots;
    private final int ambient;
    private final int substrate;
    private final int[][] stackLayers;
    private final int[] repetitionSlot;
    private final Probe probe;
    private final int parameterCount;

    /**
     * Binds the sample to the slots from {@code first} on, in the order
     * {@link SampleSpec#parameters()} lists its parameters: each layer's quantities
     * ({@link LayerQuantity#of}), then each stack's repetitions.
     *
     * @param sample the sample
     * @param probe  which of f and b enters material layers
     * @param first  the slot of the sample's first parameter
     */
    public SampleLayout(SampleSpec sample, Probe probe, int first) {
        this.probe = probe;
        List<String> names = new ArrayList<>(sample.layers().keySet());
        layerCount = names.size();
        sld = new boolean[layerCount];
        slots = new int[layerCount][];
        int next = first;
        for (int i = 0; i < layerCount; i++) {
            LayerSpec layer = sample.layers().get(names.get(i));
            sld[i] = layer.kind() == LayerSpec.Kind.SLD;
            slots[i] = new int[LayerQuantity.values().length];
            java.util.Arrays.fill(slots[i], -1);
            for (LayerQuantity q : LayerQuantity.of(layer.kind())) {
                slots[i][q.ordinal()] = next++;
            }
        }
        ambient = names.indexOf(sample.ambient());
        substrate = names.indexOf(sample.substrate());
        stackLayers = new int[sample.stacks().size()][];
        repetitionSlot = new int[sample.stacks().size()];
        for (int s = 0; s < stackLayers.length; s++) {
            stackLayers[s] = sample.stacks().get(s).layers().stream().mapToInt(names::indexOf).toArray();
            repetitionSlot[s] = next++;
        }
        parameterCount = next - first;
    }

    /** The slot of distinct layer {@code layer}'s {@code quantity} (in {@link SampleSpec#layers()} order); -1: none. */
    int slot(int layer, LayerQuantity quantity) {
        return slots[layer][quantity.ordinal()];
    }

    /** How many slots the sample's parameters take. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Per-thread memory: distinct-layer potentials and one kernel stack per layer count seen. */
    public static final class Scratch {
        private final double[] uRe;
        private final double[] uIm;
        private final double[] dens;
        private final double[] aRe;
        private final double[] aIm;
        private final double[] zeros;
        private final LayerSequence sequence;

        /** Scratch for a sample with the given number of distinct layers. */
        public Scratch(SampleLayout layout) {
            int n = layout.layerCount;
            uRe = new double[n];
            uIm = new double[n];
            dens = new double[n];
            aRe = new double[n];
            aIm = new double[n];
            zeros = new double[n];
            sequence = new LayerSequence(n);
        }
    }

    private int repetitions(double[] values, int stack) {
        return (int) Math.max(0, Math.round(values[repetitionSlot[stack]]));
    }

    /**
     * The kernel's layer sequence for these values, ambient first. It belongs to the scratch and is
     * overwritten by the next call.
     *
     * @param wavelength λ in Å (for material layers)
     */
    public LayerSequence fill(double[] values, double wavelength, Scratch scratch) {
        return fill(values, wavelength, scratch, null, null);
    }

    /**
     * As {@link #fill(double[], double, Scratch)}, with {@code fShiftRe}/{@code fShiftIm} (one per
     * distinct layer, in the order of {@link SampleSpec#layers()}) added to material layers' X-ray f:
     * their scattering factors at another wavelength ({@link Doublet}).
     */
    public LayerSequence fill(double[] values, double wavelength, Scratch scratch, double[] fShiftRe,
                              double[] fShiftIm) {
        potentials(values, wavelength, scratch, fShiftRe, fShiftIm);
        LayerSequence seq = scratch.sequence;
        for (int i = 0; i < layerCount; i++) {
            seq.setLayer(i, scratch.uRe[i], scratch.uIm[i], values[slots[i][D]]);
        }
        seq.clear();
        append(seq, ambient, values);
        for (int s = stackLayers.length - 1; s >= 0; s--) {
            int reps = repetitions(values, s);
            int[] layers = stackLayers[s];
            for (int r = 0; r < reps; r++) {
                for (int k = layers.length - 1; k >= 0; k--) {
                    append(seq, layers[k], values);
                }
            }
        }
        append(seq, substrate, values);
        return seq;
    }

    private void append(LayerSequence seq, int layer, double[] values) {
        seq.append(layer, values[slots[layer][SIGMA]]);
    }

    private void potentials(double[] values, double wavelength, Scratch s, double[] fShiftRe, double[] fShiftIm) {
        boolean xray = probe == Probe.XRAY;
        for (int i = 0; i < layerCount; i++) {
            int[] own = slots[i];
            if (sld[i]) {
                s.dens[i] = 0;
                s.aRe[i] = 0;
                s.aIm[i] = 0;
            } else {
                s.dens[i] = values[own[DENS]];
                s.aRe[i] = values[own[xray ? F_RE : B_RE]];
                s.aIm[i] = values[own[xray ? F_IM : B_IM]];
                if (xray && fShiftRe != null) {
                    s.aRe[i] += fShiftRe[i];
                    s.aIm[i] += fShiftIm[i];
                }
            }
        }
        // GenX's forms over all distinct layers (an SLD layer has density 0 there, so potential 0) ...
        if (xray) {
            GenxPotentials.xray(wavelength, s.dens, s.aRe, s.aIm, s.uRe, s.uIm);
        } else {
            GenxPotentials.neutron(wavelength, s.dens, s.aRe, s.aIm, s.zeros, s.uRe, s.uIm);
        }
        // ... and SLD layers directly: absorption is a positive imaginary SLD but a negative
        // imaginary potential.
        for (int i = 0; i < layerCount; i++) {
            if (sld[i]) {
                s.uRe[i] = SlabStack.SLD_TO_U * values[slots[i][SLD]];
                s.uIm[i] = -SlabStack.SLD_TO_U * values[slots[i][ISLD]];
            }
        }
    }
}
