package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.InstrumentParameters;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleParameters;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Reads a reflectivity model: {@code instrument:}, {@code layers:} and {@code sample:}. Every layer,
 * stack and instrument quantity is a parameter, written inline where it is declared.
 */
final class ReflectivitySpecs {

    private static final String MATERIAL = "material";
    private static final Set<String> INSTRUMENT_KEYS = keys(InstrumentQuantity.Section.INSTRUMENT, "probe", "coords",
            "resolution", "footprint");
    private static final Set<String> RESOLUTION_KEYS = keys(InstrumentQuantity.Section.RESOLUTION, "type", "fwhm",
            "points", "range");
    private static final Set<String> FOOTPRINT_KEYS = keys(InstrumentQuantity.Section.FOOTPRINT, "type");
    private static final Set<String> LAYER_KEYS = layerKeys();
    private static final Set<String> SAMPLE_KEYS = Set.of("ambient", "stacks", "substrate");
    private static final Set<String> STACK_KEYS = Set.of("name", "layers", StackSpec.REPETITIONS);

    /** The sample, instrument and every parameter they declare. */
    record Read(SampleSpec sample, GenxInstrument instrument, AccurateResolution accurate,
                List<Parameter> parameters, MapNode root) {

        /** The model holding its parameters as finally set (a model file's {@code parameters:} may override them). */
        ReflectivityModel model(List<Parameter> finalParameters) {
            return ParameterSpecs.at(root, () -> new ReflectivityModel(sample, instrument, accurate, finalParameters));
        }
    }

    private ReflectivitySpecs() {
    }

    /** The keys of a section of {@code instrument:}: its choices and its quantities. */
    private static Set<String> keys(InstrumentQuantity.Section section, String... choices) {
        Set<String> keys = new HashSet<>(List.of(choices));
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            if (q.section() == section) {
                keys.add(q.fileKey());
            }
        }
        return Set.copyOf(keys);
    }

    private static Set<String> layerKeys() {
        Set<String> keys = new HashSet<>(List.of(MATERIAL));
        for (LayerQuantity q : LayerQuantity.values()) {
            keys.add(q.key());
        }
        return Set.copyOf(keys);
    }

    static Read read(MapNode root) {
        MapNode inst = root.map("instrument").rejectUnknownKeys(INSTRUMENT_KEYS);
        Map<String, Parameter> written = new LinkedHashMap<>();
        AccurateResolution[] accurate = new AccurateResolution[1];
        GenxInstrument instrument = instrument(inst, written, accurate);
        MapNode layersNode = root.map("layers");
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (MapEntry e : layersNode.entries()) {
            layers.put(e.key(), layer(e));
        }
        MapNode sampleNode = root.map("sample").rejectUnknownKeys(SAMPLE_KEYS);
        List<StackSpec> stacks = new ArrayList<>();
        List<Node> stackNodes = new ArrayList<>();
        for (Node item : sampleNode.optionalList("stacks").map(ListNode::items).orElse(List.of())) {
            MapNode s = item.asMap().rejectUnknownKeys(STACK_KEYS);
            List<String> names = new ArrayList<>();
            for (Node n : s.list("layers").items()) {
                names.add(n.asScalar().asString());
            }
            String name = s.string("name");
            stacks.add(ParameterSpecs.at(item, () -> new StackSpec(name, names, 1)));
            stackNodes.add(item);
        }
        SampleSpec sample = ParameterSpecs.at(sampleNode, () -> new SampleSpec(layers,
                sampleNode.string("ambient"), stacks, sampleNode.string("substrate")));
        List<Parameter> parameters = new ArrayList<>(sampleParameters(layersNode, sample, instrument, stackNodes));
        parameters.addAll(InstrumentParameters.of(instrument, q -> written.get(q.parameterName())));
        return new Read(sample, instrument, accurate[0], parameters, root);
    }

    /** Every layer's and stack's parameter: as written where it is, its default where not. */
    private static List<Parameter> sampleParameters(MapNode layersNode, SampleSpec sample, GenxInstrument instrument,
                                                    List<Node> stackNodes) {
        boolean xray = instrument.probe() == Probe.XRAY;
        List<Parameter> parameters = new ArrayList<>();
        for (MapEntry e : layersNode.entries()) {
            LayerSpec layer = sample.layers().get(e.key());
            MapNode map = e.value().asMap();
            Node at = layer.material() != null ? map.required(MATERIAL) : e.value();
            parameters.addAll(ParameterSpecs.at(at, () -> SampleParameters.layer(layer, instrument.wavelength(), xray,
                    q -> map.has(q.key()) ? ParameterSpecs.read(q.parameterName(layer.name()), map.required(q.key()))
                            : null)));
        }
        for (int i = 0; i < sample.stacks().size(); i++) {
            StackSpec stack = sample.stacks().get(i);
            MapNode s = stackNodes.get(i).asMap();
            parameters.add(s.has(StackSpec.REPETITIONS)
                    ? ParameterSpecs.read(stack.repetitionsName(), s.required(StackSpec.REPETITIONS))
                    : Parameter.fixed(stack.repetitionsName(), stack.repetitions()));
        }
        return parameters;
    }

    private static LayerSpec layer(MapEntry e) {
        if (!ExpressionCompiler.isName(e.key()) || e.key().contains(".")) {
            throw e.value().error("expected a layer name of letters, digits and '_' but found '" + e.key() + "'");
        }
        MapNode map = e.value().asMap().rejectUnknownKeys(LAYER_KEYS);
        boolean sld = Arrays.stream(LayerQuantity.values())
                .anyMatch(q -> q.applies() == LayerQuantity.Applies.SLD && map.has(q.key()));
        if (sld) {
            List<String> notApplying = new ArrayList<>(List.of(MATERIAL));
            LayerQuantity.of(LayerSpec.Kind.MATERIAL).stream().filter(q -> !q.appliesTo(LayerSpec.Kind.SLD))
                    .forEach(q -> notApplying.add(q.key()));
            for (String k : notApplying) {
                if (map.has(k)) {
                    throw map.required(k).error("layer " + e.key() + " is given by its SLD, so '" + k
                            + "' does not apply; expected either sld/isld or material/dens/f/b");
                }
            }
            return LayerSpec.sld(e.key());
        }
        String material = map.optionalString(MATERIAL, null);
        return material == null ? LayerSpec.material(e.key(), null)
                : ParameterSpecs.at(map.required(MATERIAL), () -> LayerSpec.material(e.key(), material));
    }

    /** Reads the instrument; its numeric quantities go into {@code parameters} as written. */
    private static GenxInstrument instrument(MapNode inst, Map<String, Parameter> parameters,
                                             AccurateResolution[] accurate) {
        GenxInstrument d = GenxInstrument.defaults();
        Probe probe = inst.has("probe")
                ? ParameterSpecs.at(inst.required("probe"), () -> Probe.of(inst.string("probe"))) : d.probe();
        Coordinates coords = inst.has("coords")
                ? ParameterSpecs.at(inst.required("coords"), () -> Coordinates.of(inst.string("coords"))) : d.coords();
        Map<InstrumentQuantity.Section, MapNode> sections = new EnumMap<>(InstrumentQuantity.Section.class);
        sections.put(InstrumentQuantity.Section.INSTRUMENT, inst);
        GenxResolution restype = GenxResolution.NONE;
        int points = d.respoints();
        double range = d.resintrange();
        if (inst.has("resolution")) {
            MapNode r = inst.map("resolution").rejectUnknownKeys(RESOLUTION_KEYS);
            sections.put(InstrumentQuantity.Section.RESOLUTION, r);
            String type = r.string("type");
            accurate[0] = AccurateResolution.byFileName(type);
            if (accurate[0] == null) {
                restype = ParameterSpecs.at(r.required("type"), () -> GenxResolution.of(type));
            }
            fwhm(r, parameters);
            points = r.optionalInteger("points", points);
            range = r.optionalNumber("range", range);
        }
        FootprintType footprint = FootprintType.NONE;
        if (inst.has("footprint")) {
            MapNode f = inst.map("footprint").rejectUnknownKeys(FOOTPRINT_KEYS);
            sections.put(InstrumentQuantity.Section.FOOTPRINT, f);
            footprint = ParameterSpecs.at(f.required("type"), () -> FootprintType.of(f.string("type")));
        }
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            MapNode section = sections.get(q.section());
            if (section != null && section.has(q.fileKey())) {
                parameters.put(q.parameterName(), ParameterSpecs.read(q.parameterName(), section.required(q.fileKey())));
            }
        }
        GenxInstrument choices = new GenxInstrument(probe, d.wavelength(), coords, d.i0(), d.ibkg(), d.tthoff(),
                d.resSigma(), restype, points, range, d.beamw(), footprint, d.samplelen());
        return ParameterSpecs.at(inst, () -> InstrumentParameters.template(choices, q -> {
            Parameter written = parameters.get(q.parameterName());
            return written != null ? written.value() : q.valueOf(d);
        }));
    }

    /** The resolution given as a full width at half maximum instead of sigma. */
    private static void fwhm(MapNode r, Map<String, Parameter> parameters) {
        String sigmaKey = InstrumentQuantity.RES.fileKey();
        if (r.has(sigmaKey) && r.has("fwhm")) {
            throw r.required("fwhm").error("expected " + sigmaKey + " or fwhm, not both");
        }
        if (r.has("fwhm")) {
            // A Gaussian's full width at half maximum is 2·sqrt(2·ln 2) ≈ 2.3548 sigma.
            Parameter fwhm = ParameterSpecs.read(InstrumentQuantity.RES.parameterName(), r.required("fwhm"));
            double toSigma = 1 / (2 * Math.sqrt(2 * Math.log(2)));
            Parameter sigma = ParameterSpecs.at(r.required("fwhm"), () -> new Parameter(fwhm.name(),
                    fwhm.value() * toSigma, fwhm.fit(), fwhm.min() * toSigma, fwhm.max() * toSigma));
            parameters.put(sigma.name(), sigma);
        }
    }
}
