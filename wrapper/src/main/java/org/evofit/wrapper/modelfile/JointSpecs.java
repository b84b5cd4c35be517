package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.DataSet;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.JointPart;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.data.ModelAxis;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.model.ModelStructure;

/**
 * Reads a joint reflectivity model (co-refinement): {@code samples:} and {@code instruments:}, each a map of
 * named samples or instruments written as a single model's {@code sample:} and {@code instrument:}, over one
 * {@code layers:}; each {@code data:} entry names its {@code sample:} and {@code instrument:} (either may be
 * left out where there is only one). A model with several samples and one instrument may keep
 * {@code instrument:} (named {@code inst}), and one with one sample and several instruments {@code sample:}
 * (named {@code sample}). A layer used by several samples is one set of parameters, so their data share it.
 */
final class JointSpecs {

    static final String SAMPLES = "samples";
    static final String INSTRUMENTS = "instruments";
    private static final String ONLY_SAMPLE = "sample";

    /**
     * What produces one data set: a sample and an instrument, by name, and for polarised neutrons the spin
     * channel measured ({@code null} otherwise).
     */
    record Binding(String sample, String instrument, SpinChannel channel) {
    }

    /** The samples, instruments and each data set's binding, as read. */
    record Read(Map<String, SampleSpec> samples, Map<String, Node> sampleNodes, Map<String, InstrumentSpec> instruments,
                Map<String, MapNode> instrumentNodes, Map<String, AccurateResolution> accurate, List<Binding> bindings,
                MagneticSpecs.Polarised polarised, MapNode root, double xrayWavelength) implements DeclaredModel {

        @Override
        public boolean joint() {
            return true;
        }

        @Override
        public ModelStructure structure() {
            return new ModelStructure.Reflectivity();
        }

        /** The distinct bindings, in the order data sets first name them: the model's parts. */
        List<Binding> parts() {
            return List.copyOf(new LinkedHashSet<>(bindings));
        }

        /** Every parameter, each once, in the order the joint model collects them (part by part). */
        @Override
        public List<Parameter> parameters() {
            Map<String, Parameter> joined = new LinkedHashMap<>();
            for (Binding b : parts()) {
                samples.get(b.sample()).parameters().forEach(p -> joined.putIfAbsent(p.name(), p));
                instruments.get(b.instrument()).parameters().forEach(p -> joined.putIfAbsent(p.name(), p));
                if (polarised != null) {
                    polarised.parameters(b.instrument()).forEach(p -> joined.putIfAbsent(p.name(), p));
                }
            }
            return List.copyOf(joined.values());
        }

        /** {@code p} checked as the layer or stack of its name checks it, in whichever sample has it. */
        @Override
        public Parameter check(Parameter p) {
            Parameter checked = p;
            for (SampleSpec sample : samples.values()) {
                checked = sample.check(checked);
            }
            for (InstrumentSpec instrument : instruments.values()) {
                checked = instrument.check(checked);
            }
            return polarised == null ? checked : polarised.check(checked);
        }

        /** What data set {@code index}'s instrument takes x to be. */
        @Override
        public ModelAxis axis(int index) {
            return ReflectivitySpecs.axis(instruments.get(bindings.get(index).instrument()));
        }

        /** Refuses data that its instrument's pointwise resolution cannot use. */
        @Override
        public void checkData(List<DataSet> data, ListNode dataNode) {
            for (int k = 0; k < data.size(); k++) {
                ReflectivitySpecs.checkResolutionColumn(accurate.get(bindings.get(k).instrument()), data.get(k),
                        dataNode.get(k));
            }
        }

        /** The joint model holding its parameters as finally set; resolution expressions may read {@code variables}. */
        @Override
        public JointReflectivityModel model(List<Parameter> finalParameters, List<String> variables) {
            Map<String, Parameter> byName = new HashMap<>();
            finalParameters.forEach(p -> byName.put(p.name(), p));
            List<Binding> parts = parts();
            List<JointPart> built = new ArrayList<>();
            for (Binding b : parts) {
                SampleSpec sample = samples.get(b.sample());
                Node at = sampleNodes.get(b.sample());
                PhysicalLimits.layerCount(sample.stacks(), byName, at);
                var single = ReflectivitySpecs.model(sample, instruments.get(b.instrument()),
                        accurate.get(b.instrument()), instrumentNodes.get(b.instrument()), at, variables);
                // X-rays of another wavelength see the material layers' f moved from where they were looked up.
                var unpolarised = single.instrumentSpec().choices().probe() == Probe.XRAY
                        ? ParameterSpecs.at(instrumentNodes.get(b.instrument()),
                        () -> single.withMaterialWavelength(xrayWavelength)) : single;
                var model = polarised == null ? unpolarised : ParameterSpecs.at(instrumentNodes.get(b.instrument()),
                        () -> unpolarised.withPolarisation(polarised.of(b.instrument(), b.channel())));
                List<Parameter> own = model.parameters().stream().map(p -> byName.get(p.name())).toList();
                built.add(new JointPart(b.sample(), b.instrument(), b.channel(),
                        ParameterSpecs.at(at, () -> model.withParameters(own))));
            }
            int[] partOf = bindings.stream().mapToInt(parts::indexOf).toArray();
            return ParameterSpecs.at(root, () -> new JointReflectivityModel(built, partOf));
        }
    }

    private JointSpecs() {
    }

    /** Whether the model file declares a joint model. */
    static boolean isJoint(MapNode root) {
        return root.has(SAMPLES) || root.has(INSTRUMENTS) || MagneticSpecs.polarised(root);
    }

    /** Refuses {@code sample:} or {@code instrument:} in a data entry of a model that is not joint. */
    static void rejectBindings(ListNode data) {
        for (Node item : data.items()) {
            for (String key : List.of(DataSpecs.SAMPLE, DataSpecs.INSTRUMENT)) {
                if (item instanceof MapNode map && map.has(key)) {
                    throw map.required(key).error("a data set names its " + key + " only in a model of several"
                            + " samples or instruments; expected " + SAMPLES + ": or " + INSTRUMENTS
                            + ": at the top of the file, or no " + key + ": here");
                }
            }
        }
    }

    static Read read(MapNode root) {
        Map<String, MapNode> instrumentNodes = named(root, INSTRUMENTS, "instrument",
                InstrumentQuantity.DEFAULT_INSTRUMENT);
        Map<String, InstrumentSpec> instruments = new LinkedHashMap<>();
        Map<String, AccurateResolution> accurate = new HashMap<>();
        instrumentNodes.forEach((name, node) -> {
            AccurateResolution[] mode = new AccurateResolution[1];
            instruments.put(name, ReflectivitySpecs.instrument(name, node, mode));
            accurate.put(name, mode[0]);
        });
        double xrayWavelength = xrayWavelength(instruments);
        Map<String, LayerSpec> layers = ReflectivitySpecs.layers(root.map("layers"), xrayWavelength,
                instruments.values().stream().anyMatch(i -> i.choices().probe() != Probe.XRAY));
        Map<String, MapNode> sampleNodes = named(root, SAMPLES, ONLY_SAMPLE, ONLY_SAMPLE);
        Map<String, SampleSpec> samples = new LinkedHashMap<>();
        Map<String, StackSpec> stacks = new HashMap<>();
        sampleNodes.forEach((name, node) -> {
            SampleSpec sample = ReflectivitySpecs.sample(node, layers);
            for (StackSpec s : sample.stacks()) {
                StackSpec before = stacks.putIfAbsent(s.name(), s);
                if (before != null && !before.equals(s)) {
                    throw node.error("stack '" + s.name() + "' of sample '" + name + "' differs from the stack of"
                            + " that name in another sample; expected the same layers and repetitions, or another"
                            + " name");
                }
            }
            samples.put(name, sample);
        });
        boolean polarised = MagneticSpecs.polarised(root);
        List<Binding> bindings = bindings(root.list("data"), samples.keySet(), instruments.keySet(), polarised);
        requireUsed(sampleNodes, bindings.stream().map(Binding::sample).toList(), "sample");
        requireUsed(instrumentNodes, bindings.stream().map(Binding::instrument).toList(), "instrument");
        return new Read(samples, new LinkedHashMap<>(sampleNodes), instruments, instrumentNodes, accurate, bindings,
                polarised ? MagneticSpecs.read(root.map("layers"), instrumentNodes) : null, root, xrayWavelength);
    }

    /**
     * The named maps under {@code plural}, or the one under {@code singular} by the name {@code onlyName};
     * refuses both or neither.
     */
    private static Map<String, MapNode> named(MapNode root, String plural, String singular, String onlyName) {
        Map<String, MapNode> out = new LinkedHashMap<>();
        if (root.has(plural) && root.has(singular)) {
            throw root.required(singular).error("expected either " + singular + ": or " + plural + ":, not both");
        }
        if (!root.has(plural)) {
            out.put(onlyName, root.map(singular));
            return out;
        }
        MapNode map = root.map(plural);
        if (map.isEmpty()) {
            throw map.error("expected at least one " + singular + " under " + plural + ":");
        }
        for (MapEntry e : map.entries()) {
            if (!org.evofit.core.expr.ExpressionCompiler.isName(e.key()) || e.key().contains(".")) {
                throw e.value().error("expected " + singular + " name of letters, digits and '_' but found '"
                        + e.key() + "'");
            }
            if (root.has("layers") && root.map("layers").has(e.key())) {
                throw e.value().error(singular + " '" + e.key() + "' has the name of a layer; expected another name");
            }
            out.put(e.key(), e.value().asMap());
        }
        return out;
    }

    /**
     * The wavelength at which material layers' X-ray f are looked up: the first X-ray instrument's (NaN: no
     * X-rays see the layers). X-ray instruments of other wavelengths see each material layer's f moved by the
     * tables' f(their λ) − f(this one), so one fitted f stays one parameter across them.
     */
    private static double xrayWavelength(Map<String, InstrumentSpec> instruments) {
        for (InstrumentSpec i : instruments.values()) {
            if (i.choices().probe() == Probe.XRAY) {
                return i.parameter(InstrumentQuantity.WAVELENGTH).value();
            }
        }
        return Double.NaN;
    }

    /** Each data entry's sample and instrument (as named, or the only one there is) and channel. */
    private static List<Binding> bindings(ListNode data, Set<String> samples, Set<String> instruments,
                                          boolean polarised) {
        List<Binding> out = new ArrayList<>();
        for (Node item : data.items()) {
            MapNode entry = item.asMap();
            out.add(new Binding(named(entry, DataSpecs.SAMPLE, samples, SAMPLES),
                    named(entry, DataSpecs.INSTRUMENT, instruments, INSTRUMENTS),
                    polarised ? MagneticSpecs.channel(entry) : null));
        }
        return out;
    }

    private static String named(MapNode entry, String key, Set<String> known, String section) {
        String what = entry.optionalString("name", "this data set");
        if (!entry.has(key)) {
            if (known.size() == 1) {
                return known.iterator().next();
            }
            throw entry.error(what + " names no " + key + "; expected " + key + ": one of " + String.join(", ", known));
        }
        String name = entry.string(key);
        if (!known.contains(name)) {
            throw entry.required(key).error(what + " names an unknown " + key + " '" + name + "'; expected one of "
                    + String.join(", ", known) + " (the " + section + ": of the model)");
        }
        return name;
    }

    private static void requireUsed(Map<String, ? extends Node> declared, List<String> used, String what) {
        declared.forEach((name, node) -> {
            if (!used.contains(name)) {
                throw node.error("no data set names " + what + " '" + name + "'; expected a data: entry with "
                        + what + ": " + name + ", or no such " + what);
            }
        });
    }
}
