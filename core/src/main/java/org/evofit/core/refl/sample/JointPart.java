package org.evofit.core.refl.sample;

import java.util.Objects;

/**
 * What produces a data set of a joint model: a sample seen through an instrument, both named as the
 * model file names them, and the reflectivity model of the two. Data sets that name the same sample
 * and instrument share one part.
 *
 * @param sample     the sample's name
 * @param instrument the instrument's name
 * @param model      the sample seen through the instrument
 */
public record JointPart(String sample, String instrument, ReflectivityModel model) {

    /** Rejects a missing name or model. */
    public JointPart {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(model, "model");
    }

    /** The same sample and instrument holding other parameters. */
    JointPart with(ReflectivityModel other) {
        return new JointPart(sample, instrument, other);
    }

    /** How a report names it: {@code sample 'd2o' through instrument 'neutron'}. */
    public String describe() {
        return "sample '" + sample + "' through instrument '" + instrument + "'";
    }
}
