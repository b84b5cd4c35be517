package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.LayerMagnetism;
import org.evofit.core.refl.sample.MagneticQuantity;
import org.evofit.core.refl.sample.Polarisation;
import org.evofit.core.refl.sample.PolarisationQuantity;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Reads what polarised neutrons need of a reflectivity model file: a layer's {@code sldm} or {@code moment}
 * and {@code thetaM}, an instrument's {@code polarisation:} (guide field {@code aguide}, field {@code H} and
 * the efficiencies {@code polariser}, {@code analyser}, {@code flipper1}, {@code flipper2}) and each data
 * set's {@code channel:}. A model that has any of them is polarised: every data set then names its channel,
 * and it is read as a joint model whose parts are the data sets' (sample, instrument, channel).
 */
final class MagneticSpecs {

    /** A data set's spin channel. */
    static final String CHANNEL = "channel";
    /** An instrument's guide field and polarising optics. */
    static final String POLARISATION = "polarisation";
    /** The layer keys of magnetism. */
    static final Set<String> LAYER_KEYS = Set.of(MagneticQuantity.SLDM.key(), MagneticQuantity.MOMENT.key(),
            MagneticQuantity.THETA_M.key());

    /** The magnetic layers and each instrument's polarisation parameters, as read. */
    record Polarised(List<LayerMagnetism> magnetism, Map<String, List<Parameter>> instruments) {

        /** The polarisation of data seen through {@code instrument} in {@code channel}. */
        Polarisation of(String instrument, SpinChannel channel) {
            return new Polarisation(magnetism, instruments.get(instrument), channel);
        }

        /** The magnetic layers' parameters, then the instrument's polarisation ones. */
        List<Parameter> parameters(String instrument) {
            List<Parameter> out = new ArrayList<>();
            magnetism.forEach(m -> out.addAll(m.parameters()));
            out.addAll(instruments.get(instrument));
            return out;
        }

        /** {@code p} checked as its polarisation quantity checks it (an efficiency is a probability). */
        Parameter check(Parameter p) {
            for (List<Parameter> own : instruments.values()) {
                for (PolarisationQuantity q : PolarisationQuantity.values()) {
                    if (own.get(q.ordinal()).name().equals(p.name())) {
                        return q.check(p);
                    }
                }
            }
            return p;
        }
    }

    private MagneticSpecs() {
    }

    /** Whether the model is one of polarised neutrons: any data set, layer or instrument says so. */
    static boolean polarised(MapNode root) {
        boolean data = root.optionalList("data").map(ListNode::items).orElse(List.of()).stream()
                .anyMatch(n -> n instanceof MapNode m && m.has(CHANNEL));
        boolean layers = root.optionalMap("layers").map(l -> l.entries().stream().anyMatch(e ->
                e.value() instanceof MapNode m && LAYER_KEYS.stream().anyMatch(m::has))).orElse(false);
        boolean instruments = root.optionalMap("instrument").map(i -> i.has(POLARISATION)).orElse(false)
                || root.optionalMap(JointSpecs.INSTRUMENTS).map(all -> all.entries().stream().anyMatch(e ->
                e.value() instanceof MapNode m && m.has(POLARISATION))).orElse(false);
        return data || layers || instruments;
    }

    /** The magnetism of {@code layers:} and the polarisation of each instrument (by name, as read). */
    static Polarised read(MapNode layers, Map<String, MapNode> instruments) {
        List<LayerMagnetism> magnetism = new ArrayList<>();
        for (MapEntry e : layers.entries()) {
            if (e.value() instanceof MapNode layer && LAYER_KEYS.stream().anyMatch(layer::has)) {
                magnetism.add(magnetism(e.key(), layer));
            }
        }
        Map<String, List<Parameter>> optics = new LinkedHashMap<>();
        instruments.forEach((name, node) -> optics.put(name, polarisation(name, node)));
        return new Polarised(magnetism, optics);
    }

    private static LayerMagnetism magnetism(String name, MapNode layer) {
        String sldm = MagneticQuantity.SLDM.key();
        String moment = MagneticQuantity.MOMENT.key();
        if (layer.has(sldm) && layer.has(moment)) {
            throw layer.required(moment).error("layer " + name + " gives both " + sldm + " and " + moment
                    + "; expected one of them (a moment becomes an SLD with the layer's density)");
        }
        if (layer.has(moment) && (layer.has("sld") || layer.has("isld"))) {
            throw layer.required(moment).error("layer " + name + " gives a moment, which needs the layer's density;"
                    + " expected a layer given by material and dens (or density), or sldm");
        }
        MagneticQuantity strength = layer.has(moment) ? MagneticQuantity.MOMENT : MagneticQuantity.SLDM;
        Parameter s = layer.has(strength.key())
                ? ParameterSpecs.read(strength.parameterName(name), layer.required(strength.key()))
                : Parameter.fixed(strength.parameterName(name), 0);
        String theta = MagneticQuantity.THETA_M.key();
        Parameter t = layer.has(theta) ? ParameterSpecs.read(MagneticQuantity.THETA_M.parameterName(name),
                layer.required(theta)) : Parameter.fixed(MagneticQuantity.THETA_M.parameterName(name),
                MagneticQuantity.DEFAULT_THETA_M);
        return new LayerMagnetism(name, s, t);
    }

    private static List<Parameter> polarisation(String instrument, MapNode node) {
        MapNode section = node.optionalMap(POLARISATION).orElse(null);
        if (section != null) {
            section.rejectUnknownKeys(keys());
        }
        List<Parameter> out = new ArrayList<>();
        for (PolarisationQuantity q : PolarisationQuantity.values()) {
            if (section != null && section.has(q.key())) {
                Node at = section.required(q.key());
                Parameter p = ParameterSpecs.read(q.parameterName(instrument), at);
                out.add(ParameterSpecs.at(at, () -> q.check(p)));
            } else {
                out.add(Parameter.fixed(q.parameterName(instrument), q.defaultValue()));
            }
        }
        return out;
    }

    private static Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>();
        for (PolarisationQuantity q : PolarisationQuantity.values()) {
            keys.add(q.key());
        }
        return keys;
    }

    /** A data entry's channel, refused at its line when missing or not one of {@link SpinChannel}'s. */
    static SpinChannel channel(MapNode entry) {
        String what = entry.optionalString("name", "this data set");
        if (!entry.has(CHANNEL)) {
            throw entry.error(what + " names no " + CHANNEL + " in a model of polarised neutrons; expected "
                    + CHANNEL + ": one of " + String.join(", ", SpinChannel.labels()) + " (quoted)");
        }
        Node at = entry.required(CHANNEL);
        if (!(at instanceof org.evofit.wrapper.doc.ScalarNode scalar) || scalar.isNull()) {
            throw at.error("expected " + CHANNEL + ": one of " + String.join(", ", SpinChannel.labels())
                    + ", quoted (\"-\" alone would start a list)");
        }
        return ParameterSpecs.at(at, () -> SpinChannel.of(scalar.text()));
    }
}
