package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evofit.core.param.Parameter;

/**
 * What makes a reflectivity model one of polarised neutrons: the magnetisation of the layers that have
 * one, the instrument's guide field and polarising optics ({@link PolarisationQuantity}, in its order) and
 * the spin channel the model's data set measures.
 *
 * @param magnetism  the magnetic layers, in the sample's order of layers
 * @param instrument one parameter per {@link PolarisationQuantity}, in its order
 * @param channel    the measured channel
 */
public record Polarisation(List<LayerMagnetism> magnetism, List<Parameter> instrument, SpinChannel channel) {

    /** Rejects instrument parameters that are not one per quantity, or out of their range. */
    public Polarisation {
        magnetism = List.copyOf(magnetism);
        instrument = List.copyOf(instrument);
        Objects.requireNonNull(channel, "channel");
        PolarisationQuantity[] quantities = PolarisationQuantity.values();
        if (instrument.size() != quantities.length) {
            throw new IllegalArgumentException("expected " + quantities.length + " polarisation parameters but got "
                    + instrument.size());
        }
        for (int i = 0; i < quantities.length; i++) {
            Parameter p = instrument.get(i);
            if (!p.name().endsWith("." + quantities[i].key())) {
                throw new IllegalArgumentException("expected the parameter of " + quantities[i].key() + " but got "
                        + p.name());
            }
            quantities[i].check(p);
        }
    }

    /**
     * Refuses X-rays, a second wavelength (a doublet is for X-ray sources), magnetism of a
     * layer the sample does not have, and a moment of a layer given by its SLD (a moment becomes an SLD with
     * the layer's density).
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    void requireFits(SampleSpec sample, InstrumentSpec instrument, Doublet doublet) {
        if (instrument.choices().probe() == org.evofit.core.refl.instrument.Probe.XRAY) {
            throw new IllegalArgumentException("spin channels and magnetism are for neutrons; expected probe neutron");
        }
        if (doublet != null) {
            throw new IllegalArgumentException("polarised neutrons take one wavelength; expected no doublet (it is"
                    + " for X-ray sources)");
        }
        for (LayerMagnetism m : magnetism) {
            LayerSpec layer = sample.layers().get(m.layer());
            if (layer == null) {
                throw new IllegalArgumentException("magnetism of an unknown layer '" + m.layer() + "'");
            }
            if (m.moment() && layer.kind() != LayerSpec.Kind.MATERIAL) {
                throw new IllegalArgumentException("layer " + m.layer() + " gives a moment, which needs the"
                        + " layer's density; expected a layer given by material and dens (or density), or sldm");
            }
        }
    }

    /** The magnetic layers' parameters (strength, angle), then the instrument's. */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        magnetism.forEach(m -> out.addAll(m.parameters()));
        out.addAll(instrument);
        return out;
    }

    /** The instrument's parameter of {@code quantity}. */
    public Parameter parameter(PolarisationQuantity quantity) {
        return instrument.get(quantity.ordinal());
    }

    /** The unit of each parameter, by name. */
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        for (LayerMagnetism m : magnetism) {
            units.put(m.strength().name(), m.strengthQuantity().unit());
            units.put(m.thetaM().name(), MagneticQuantity.THETA_M.unit());
        }
        for (PolarisationQuantity q : PolarisationQuantity.values()) {
            units.put(parameter(q).name(), q.unit());
        }
        return units;
    }

    /** The same polarisation holding parameters taken, in the order of {@link #parameters()}, from {@code next}. */
    Polarisation withParameters(Iterator<Parameter> next) {
        List<LayerMagnetism> layers = new ArrayList<>();
        for (LayerMagnetism m : magnetism) {
            layers.add(new LayerMagnetism(m.layer(), next.next(), next.next()));
        }
        List<Parameter> own = new ArrayList<>();
        for (int i = 0; i < instrument.size(); i++) {
            own.add(next.next());
        }
        return new Polarisation(layers, own, channel);
    }
}
