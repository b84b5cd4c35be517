package org.evofit.core.refl.sample;

import java.util.Arrays;
import java.util.List;

/**
 * What a polarised neutron data set measures: the incident spin chosen by the polariser and the first
 * flipper ({@code +}: flipper off, {@code -}: on) and, where the reflected beam is analysed, the reflected
 * spin chosen by the second flipper and the analyser. {@code +} and {@code -} alone are measurements without
 * an analyser, which see both reflected spins (R+ = R++ + R+−, as refl1d's unanalysed cross sections);
 * {@code o+} and {@code o-} are measurements with an analyser but no polariser (ORSO's {@code op} and
 * {@code om}), whose unpolarised incident beam is half of each spin (Ro+ = R++ + R−+, see
 * {@link PolarisationEfficiency}). The first sign is the incident spin and the second the reflected one, as
 * {@link org.evofit.core.refl.SpinChannels} names them.
 */
public enum SpinChannel {

    /** Incident +, reflected +. */
    PLUS_PLUS("++", 1, 1),
    /** Incident −, reflected −. */
    MINUS_MINUS("--", -1, -1),
    /** Incident +, reflected − (spin flip). */
    PLUS_MINUS("+-", 1, -1),
    /** Incident −, reflected + (spin flip). */
    MINUS_PLUS("-+", -1, 1),
    /** Incident +, reflected beam not analysed. */
    PLUS("+", 1, 0),
    /** Incident −, reflected beam not analysed. */
    MINUS("-", -1, 0),
    /** Incident beam not polarised, reflected + (analyser only). */
    UNPOLARISED_PLUS("o+", 0, 1),
    /** Incident beam not polarised, reflected − (analyser only, the second flipper on). */
    UNPOLARISED_MINUS("o-", 0, -1);

    private final String label;
    private final int incident;
    private final int analysed;

    SpinChannel(String label, int incident, int analysed) {
        this.label = label;
        this.incident = incident;
        this.analysed = analysed;
    }

    /**
     * How model files and result files write it: {@code ++}, {@code --}, {@code +-}, {@code -+}, {@code +},
     * {@code -}, {@code o+}, {@code o-}.
     */
    public String label() {
        return label;
    }

    /** The incident spin: +1 (the first flipper off), −1 (on), or 0 when there is no polariser. */
    public int incident() {
        return incident;
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
