package org.evofit.core.refl.sample;

import java.util.Arrays;
import java.util.List;

/**
 * What a polarised neutron data set measures: the incident spin chosen by the polariser and the first
 * flipper ({@code +}: flipper off, {@code -}: on) and, where the reflected beam is analysed, the reflected
 * spin chosen by the second flipper and the analyser. {@code +} and {@code -} alone are measurements without
 * an analyser, which see both reflected spins (R+ = R++ + R+−, as refl1d's unanalysed cross sections).
 * The first sign is the incident spin and the second the reflected one, as {@link org.evofit.core.refl.SpinChannels}
 * names them.
 */
public enum SpinChannel {

    /** Incident +, reflected +. */
    PLUS_PLUS("++", true, 1),
    /** Incident −, reflected −. */
    MINUS_MINUS("--", false, -1),
    /** Incident +, reflected − (spin flip). */
    PLUS_MINUS("+-", true, -1),
    /** Incident −, reflected + (spin flip). */
    MINUS_PLUS("-+", false, 1),
    /** Incident +, reflected beam not analysed. */
    PLUS("+", true, 0),
    /** Incident −, reflected beam not analysed. */
    MINUS("-", false, 0);

    private final String label;
    private final boolean incidentPlus;
    private final int analysed;

    SpinChannel(String label, boolean incidentPlus, int analysed) {
        this.label = label;
        this.incidentPlus = incidentPlus;
        this.analysed = analysed;
    }

    /** How model files and result files write it: {@code ++}, {@code --}, {@code +-}, {@code -+}, {@code +}, {@code -}. */
    public String label() {
        return label;
    }

    /** Whether the incident spin is + (the first flipper off). */
    public boolean incidentPlus() {
        return incidentPlus;
    }

    /** The analysed reflected spin: +1 (second flipper off), −1 (on), or 0 when the beam is not analysed. */
    public int analysed() {
        return analysed;
    }

    /** The labels of every channel, for messages. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(SpinChannel::label).toList();
    }

    /**
     * The channel written as {@code label}.
     *
     * @throws IllegalArgumentException naming the channels there are
     */
    public static SpinChannel of(String label) {
        for (SpinChannel c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown spin channel '" + label + "'; expected one of "
                + String.join(", ", labels()));
    }
}
