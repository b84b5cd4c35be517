package org.evofit.wrapper.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.JointPart;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.LayerMagnetism;
import org.evofit.core.refl.sample.Polarisation;
import org.evofit.core.refl.sample.PolarisationQuantity;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SpinChannel;

/**
 * What makes a {@link ReflectivityBuilder}'s model one of polarised neutrons: the instrument's guide field and
 * optics as set, and the spin channel each data set measures. It builds the model a model file of polarised
 * neutrons gives: a joint model of the one sample and instrument whose parts are the channels, in the order
 * the data sets first name them, every part sharing every layer.
 */
final class PolarisedSetup {

    /** The names a model file gives its only sample and instrument, so a saved model reads back the same. */
    private static final String SAMPLE = "sample";
    private static final String INSTRUMENT = InstrumentQuantity.DEFAULT_INSTRUMENT;

    private final Map<PolarisationQuantity, Parameter> optics = new EnumMap<>(PolarisationQuantity.class);
    private final Map<String, SpinChannel> channels = new LinkedHashMap<>();

    void set(PolarisationQuantity quantity, Parameter p) {
        optics.put(quantity, quantity.check(p));
    }

    static Parameter fixed(PolarisationQuantity quantity, double value) {
        return Parameter.fixed(quantity.parameterName(INSTRUMENT), value);
    }

    static Parameter fitted(PolarisationQuantity quantity, double value, double min, double max) {
        return Parameter.fitted(quantity.parameterName(INSTRUMENT), value, min, max);
    }

    void channel(String dataSet, String label) {
        channels.put(dataSet, SpinChannel.of(label));
    }

    /** Whether anything was said of polarisation: a magnetic layer, the optics or a channel. */
    boolean polarised(List<LayerMagnetism> magnetism) {
        return !magnetism.isEmpty() || !optics.isEmpty() || !channels.isEmpty();
    }

    /**
     * The joint model of {@code unpolarised} seen in each data set's channel.
     *
     * @throws IllegalArgumentException for a data set that names no channel, a channel of no data set, or what
     *                                  polarised neutrons cannot be ({@link ReflectivityModel#withPolarisation})
     */
    JointReflectivityModel model(ReflectivityModel unpolarised, List<LayerMagnetism> magnetism, List<DataSet> data) {
        List<String> names = data.stream().map(DataSet::name).toList();
        for (String named : channels.keySet()) {
            if (!names.contains(named)) {
                throw new IllegalArgumentException("channel(\"" + named + "\", ...) names no data set; expected one of "
                        + names);
            }
        }
        List<Parameter> instrument = new ArrayList<>();
        for (PolarisationQuantity q : PolarisationQuantity.values()) {
            instrument.add(optics.getOrDefault(q, fixed(q, q.defaultValue())));
        }
        List<SpinChannel> order = new ArrayList<>();
        int[] partOf = new int[data.size()];
        for (int k = 0; k < partOf.length; k++) {
            SpinChannel c = channels.get(names.get(k));
            if (c == null) {
                throw new IllegalArgumentException("data set " + names.get(k) + " names no spin channel in a model of"
                        + " polarised neutrons; expected channel(\"" + names.get(k) + "\", one of "
                        + String.join(", ", SpinChannel.labels()) + ")");
            }
            if (!order.contains(c)) {
                order.add(c);
            }
            partOf[k] = order.indexOf(c);
        }
        List<JointPart> parts = new ArrayList<>();
        for (SpinChannel c : order) {
            parts.add(new JointPart(SAMPLE, INSTRUMENT, c,
                    unpolarised.withPolarisation(new Polarisation(magnetism, instrument, c))));
        }
        return new JointReflectivityModel(parts, partOf);
    }
}
