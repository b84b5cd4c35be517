package org.evofit.core.refl.sample;

import java.util.Objects;

/**
 * What produces a data set of a joint model: a sample seen through an instrument, both named as the
 * model file names them, for polarised neutrons the spin channel measured, and the reflectivity model of
 * the two. Data sets that name the same sample, instrument and channel share one part.
 *
 * @param sample     the sample's name
 * @param instrument the instrument's name
 * @param channel    the spin channel measured, for polarised neutrons (the model's polarisation's), else null
 * @param model      the sample seen through the instrument
 */
public record JointPart(String sample, String instrument, SpinChannel channel, ReflectivityModel model) {

    /** Rejects a missing name or model. */
    public JointPart {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(model, "model");
    }

    /** A part of unpolarised neutrons or X-rays: no channel. */
    public JointPart(String sample, String instrument, ReflectivityModel model) {
        this(sample, instrument, null, model);
    }

    /** The same sample, instrument and channel holding other parameters. */
    JointPart with(ReflectivityModel other) {
        return new JointPart(sample, instrument, channel, other);
    }

    /**
     * How a report names it: {@code sample 'd2o' through instrument 'neutron'}, and {@code , channel ++} for
     * polarised neutrons.
     */
    public String describe() {
        SpinChannel c = channel();
        return "sample '" + sample + "' through instrument '" + instrument + "'" + (c == null ? ""
                : ", channel " + c.label());
    }
}
