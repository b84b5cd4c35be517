package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.materials.Composition;
import org.evofit.core.model.Model;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.InstrumentParameters;
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

    private static final Set<String> INSTRUMENT_KEYS = Set.of("probe", "wavelength", "coords", "I0", "Ibkg",
            "tthoff", "resolution", "footprint");
    private static final Set<String> RESOLUTION_KEYS = Set.of("type", "sigma", "fwhm", "points", "range");
    private static final Set<String> FOOTPRINT_KEYS = Set.of("type", "beamw", "samplelen");
    private static final Set<String> LAYER_KEYS = Set.of("material", "d", "sigma", "dens", "f_re", "f_im",
            "b_re", "b_im", "sld", "isld");
    private static final Set<String> SAMPLE_KEYS = Set.of("ambient", "stacks", "substrate");
    private static final Set<String> STACK_KEYS = Set.of("name", "layers", "repetitions");

    /** The sample, instrument and every parameter they declare. */
    record Read(SampleSpec sample, GenxInstrument instrument, AccurateResolution accurate,
                List<Parameter> parameters, MapNode root) {

        Model model(ToIntFunction<String> slotOf) {
            return ParameterSpecs.at(root, () -> new ReflectivityModel(sample, instrument, accurate, slotOf));
        }
    }

    private ReflectivitySpecs() {
    }

    static Read read(MapNode root) {
        MapNode inst = root.map("instrument").rejectUnknownKeys(INSTRUMENT_KEYS);
        Map<String, Parameter> overrides = new LinkedHashMap<>();
        AccurateResolution[] accurate = new AccurateResolution[1];
        GenxInstrument instrument = instrument(inst, overrides, accurate);
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

        for (MapEntry e : layersNode.entries()) {
            LayerSpec layer = layers.get(e.key());
            if (layer.composition() != null) {
                Node at = e.value().asMap().required("material");
                ParameterSpecs.at(at, () -> instrument.probe() == Probe.XRAY
                        ? Composition.parse(layer.composition()).f(instrument.wavelength())
                        : Composition.parse(layer.composition()).b());
            }
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Parameter p : ParameterSpecs.at(layersNode, () ->
                SampleParameters.defaults(sample, instrument.wavelength(), instrument.probe() == Probe.XRAY))) {
            parameters.put(p.name(), p);
        }
        for (Parameter p : InstrumentParameters.defaults(instrument)) {
            parameters.put(p.name(), p);
        }
        for (MapEntry e : layersNode.entries()) {
            MapNode layer = e.value().asMap();
            for (MapEntry q : layer.entries()) {
                if (!q.key().equals("material")) {
                    String name = e.key() + "." + q.key();
                    requireKnown(parameters, name, q.value());
                    parameters.put(name, ParameterSpecs.read(name, q.value()));
                }
            }
        }
        for (int i = 0; i < stacks.size(); i++) {
            MapNode s = stackNodes.get(i).asMap();
            if (s.has("repetitions")) {
                String name = SampleParameters.repetitions(stacks.get(i));
                parameters.put(name, ParameterSpecs.read(name, s.required("repetitions")));
            }
        }
        parameters.putAll(overrides);
        return new Read(sample, instrument, accurate[0], new ArrayList<>(parameters.values()), root);
    }

    private static void requireKnown(Map<String, Parameter> parameters, String name, Node at) {
        if (!parameters.containsKey(name)) {
            throw at.error("unknown layer parameter '" + name + "'");
        }
    }

    private static LayerSpec layer(MapEntry e) {
        if (!ExpressionCompiler.isName(e.key()) || e.key().contains(".")) {
            throw e.value().error("expected a layer name of letters, digits and '_' but found '" + e.key() + "'");
        }
        MapNode map = e.value().asMap().rejectUnknownKeys(LAYER_KEYS);
        boolean sld = map.has("sld") || map.has("isld");
        if (sld) {
            for (String k : List.of("material", "dens", "f_re", "f_im", "b_re", "b_im")) {
                if (map.has(k)) {
                    throw map.required(k).error("layer " + e.key() + " is given by its SLD, so '" + k
                            + "' does not apply; expected either sld/isld or material/dens/f/b");
                }
            }
            return LayerSpec.sld(e.key());
        }
        return LayerSpec.material(e.key(), map.optionalString("material", null));
    }

    /** Reads the instrument; its numeric quantities go into {@code parameters} as written. */
    private static GenxInstrument instrument(MapNode inst, Map<String, Parameter> parameters,
                                             AccurateResolution[] accurate) {
        GenxInstrument d = GenxInstrument.defaults();
        Probe probe = inst.has("probe")
                ? ParameterSpecs.at(inst.required("probe"), () -> Probe.of(inst.string("probe"))) : d.probe();
        Coordinates coords = inst.has("coords")
                ? ParameterSpecs.at(inst.required("coords"), () -> Coordinates.of(inst.string("coords"))) : d.coords();
        double wavelength = number(inst, "wavelength", d.wavelength(), parameters);
        double i0 = number(inst, "I0", d.i0(), parameters);
        double ibkg = number(inst, "Ibkg", d.ibkg(), parameters);
        double tthoff = number(inst, "tthoff", d.tthoff(), parameters);
        GenxResolution restype = GenxResolution.NONE;
        double res = d.resSigma();
        int points = d.respoints();
        double range = d.resintrange();
        if (inst.has("resolution")) {
            MapNode r = inst.map("resolution").rejectUnknownKeys(RESOLUTION_KEYS);
            String type = r.string("type");
            accurate[0] = AccurateResolution.byFileName(type);
            if (accurate[0] == null) {
                restype = ParameterSpecs.at(r.required("type"), () -> GenxResolution.of(type));
            }
            if (r.has("sigma") && r.has("fwhm")) {
                throw r.required("fwhm").error("expected sigma or fwhm, not both");
            }
            if (r.has("fwhm")) {
                // A Gaussian's full width at half maximum is 2·sqrt(2·ln 2) ≈ 2.3548 sigma.
                Parameter fwhm = ParameterSpecs.read(InstrumentParameters.PREFIX + "res", r.required("fwhm"));
                double toSigma = 1 / (2 * Math.sqrt(2 * Math.log(2)));
                Parameter sigma = ParameterSpecs.at(r.required("fwhm"), () -> new Parameter(fwhm.name(),
                        fwhm.value() * toSigma, fwhm.fit(), fwhm.min() * toSigma, fwhm.max() * toSigma));
                parameters.put(sigma.name(), sigma);
                res = sigma.value();
            }
            res = number(r, "sigma", res, parameters, "res");
            points = r.optionalInteger("points", points);
            range = r.optionalNumber("range", range);
        }
        FootprintType footprint = FootprintType.NONE;
        double beamw = d.beamw();
        double samplelen = d.samplelen();
        if (inst.has("footprint")) {
            MapNode f = inst.map("footprint").rejectUnknownKeys(FOOTPRINT_KEYS);
            String type = f.string("type");
            footprint = ParameterSpecs.at(f.required("type"), () -> FootprintType.of(type));
            beamw = number(f, "beamw", beamw, parameters);
            samplelen = number(f, "samplelen", samplelen, parameters);
        }
        GenxResolution rt = restype;
        FootprintType ft = footprint;
        double resSigma = res;
        int rp = points;
        double ri = range;
        double bw = beamw;
        double sl = samplelen;
        return ParameterSpecs.at(inst, () -> new GenxInstrument(probe, wavelength, coords, i0, ibkg, tthoff,
                resSigma, rt, rp, ri, bw, ft, sl));
    }

    private static double number(MapNode map, String key, double defaultValue, Map<String, Parameter> parameters) {
        return number(map, key, defaultValue, parameters, key);
    }

    /** A numeric instrument quantity: its start value, and its parameter when it is written. */
    private static double number(MapNode map, String key, double defaultValue, Map<String, Parameter> parameters,
                                 String parameterKey) {
        if (!map.has(key)) {
            return defaultValue;
        }
        String name = InstrumentParameters.PREFIX + parameterKey;
        Parameter p = ParameterSpecs.read(name, map.required(key));
        parameters.put(name, p);
        return p.value();
    }
}
