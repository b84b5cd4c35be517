package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.DataSet;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.Doublet;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerDensity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.data.ModelAxis;
import org.evofit.wrapper.data.XAxis;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.model.ModelStructure;

/**
 * Reads a reflectivity model: {@code instrument:}, {@code layers:} and {@code sample:}. Every layer,
 * stack and instrument quantity is a parameter, written inline where it is declared.
 */
final class ReflectivitySpecs {

    private static final String MATERIAL = "material";
    /** A second wavelength and its intensity ratio ({@link Doublet}). */
    static final String DOUBLET = "doublet";
    /**
     * The doublet's key saying where material layers' f comes from at the second wavelength:
     * {@link #F_EACH} (the tables there, the default) or {@link #F_FIRST} (the first wavelength's, as GenX).
     */
    static final String DOUBLET_F = "f";
    static final String F_EACH = "each wavelength";
    static final String F_FIRST = "first wavelength";
    private static final Set<String> DOUBLET_KEYS = Set.of("wavelength", "ratio", DOUBLET_F);
    private static final Set<String> INSTRUMENT_KEYS = keys(InstrumentQuantity.Section.INSTRUMENT, "probe", "coords",
            "resolution", "footprint", DOUBLET, MagneticSpecs.POLARISATION);
    /** The resolution's width per point as an expression of x and parameters. */
    private static final String EXPRESSION = "expression";
    private static final Set<String> RESOLUTION_KEYS = keys(InstrumentQuantity.Section.RESOLUTION, "type", "fwhm",
            "points", "range", EXPRESSION, TofResolution.DLAMBDA, TofResolution.DTHETA);
    private static final Set<String> FOOTPRINT_KEYS = keys(InstrumentQuantity.Section.FOOTPRINT, "type");
    private static final Set<String> LAYER_KEYS = layerKeys();
    private static final Set<String> SAMPLE_KEYS = Set.of("ambient", "stacks", "substrate");
    private static final Set<String> STACK_KEYS = Set.of("name", "layers", StackSpec.REPETITIONS);

    /** The sample and the instrument, each holding the parameters it declares. */
    record Read(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate, MapNode root)
            implements DeclaredModel {

        @Override
        public Parameter check(Parameter p) {
            return instrument.check(sample.check(p));
        }

        @Override
        public ModelAxis axis(int index) {
            return ReflectivitySpecs.axis(instrument);
        }

        @Override
        public void checkData(List<DataSet> data, ListNode dataNode) {
            checkResolutionColumns(this, data, dataNode);
        }

        @Override
        public ModelStructure structure() {
            return new ModelStructure.Reflectivity();
        }

        /** The parameters as the model collects them: the sample's, then the instrument's. */
        @Override
        public List<Parameter> parameters() {
            List<Parameter> all = new ArrayList<>(sample.parameters());
            all.addAll(instrument.parameters());
            return all;
        }

        /**
         * The model holding its parameters as finally set (a model file's {@code parameters:} may override
         * them); a resolution expression may read the user's {@code variables} too.
         */
        @Override
        public ReflectivityModel model(List<Parameter> finalParameters, List<String> variables) {
            Map<String, Parameter> byName = new HashMap<>();
            finalParameters.forEach(p -> byName.put(p.name(), p));
            PhysicalLimits.layerCount(sample.stacks(), byName, root.required("sample"));
            return ParameterSpecs.at(root, () -> ReflectivitySpecs.model(sample, instrument, accurate,
                    root.map("instrument"), root, variables).withParameters(finalParameters));
        }
    }

    private ReflectivitySpecs() {
    }

    /**
     * The model of {@code sample} seen through {@code instrument} (read from {@code inst}), with its
     * resolution expression if {@code inst} gives one; a mistake in the expression is reported at its line,
     * any other at {@code at}.
     */
    static ReflectivityModel model(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate,
                                   MapNode inst, Node at, List<String> variables) {
        MapNode resolution = inst.has("resolution") ? inst.map("resolution") : null;
        boolean tof = TofResolution.given(resolution);
        String expression = tof ? TofResolution.expression(resolution, instrument.choices().coords(), EXPRESSION)
                : resolution != null && resolution.has(EXPRESSION) ? resolution.string(EXPRESSION) : null;
        Node where = tof ? resolution.required(TofResolution.DLAMBDA)
                : expression != null ? resolution.required(EXPRESSION) : at;
        ReflectivityModel model = ParameterSpecs.at(where,
                () -> new ReflectivityModel(sample, instrument, accurate, expression, variables));
        if (!inst.has(DOUBLET)) {
            return model;
        }
        MapNode d = inst.map(DOUBLET).rejectUnknownKeys(DOUBLET_KEYS);
        double wavelength = ParameterSpecs.constant(d.required("wavelength").asScalar());
        double ratio = ParameterSpecs.constant(d.required("ratio").asScalar());
        String f = d.optionalString(DOUBLET_F, F_EACH);
        if (!f.equals(F_EACH) && !f.equals(F_FIRST)) {
            throw d.required(DOUBLET_F).error("expected '" + F_EACH + "' (f from the tables at each wavelength) or '"
                    + F_FIRST + "' (every layer keeps its f, as GenX) but found '" + f + "'");
        }
        return ParameterSpecs.at(inst.required(DOUBLET),
                () -> model.withDoublet(new Doublet(wavelength, ratio, f.equals(F_EACH))));
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
        Set<String> keys = new HashSet<>(List.of(MATERIAL, LayerDensity.KEY));
        keys.addAll(MagneticSpecs.LAYER_KEYS);
        for (LayerQuantity q : LayerQuantity.values()) {
            keys.add(q.key());
        }
        return Set.copyOf(keys);
    }

    static Read read(MapNode root) {
        AccurateResolution[] accurate = new AccurateResolution[1];
        InstrumentSpec instrument = instrument(InstrumentQuantity.DEFAULT_INSTRUMENT, root.map("instrument"), accurate);
        boolean xray = instrument.choices().probe() == Probe.XRAY;
        double wavelength = instrument.parameter(InstrumentQuantity.WAVELENGTH).value();
        Map<String, LayerSpec> layers = layers(root.map("layers"), xray ? wavelength : Double.NaN, !xray);
        SampleSpec sample = sample(root.map("sample"), layers);
        return new Read(sample, instrument, accurate[0], root);
    }

    /**
     * Reads {@code layers:}, each material layer's f looked up at {@code xrayWavelength} (NaN: no X-rays
     * see the layers) and its b when {@code neutrons} see them.
     */
    static Map<String, LayerSpec> layers(MapNode layersNode, double xrayWavelength, boolean neutrons) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (MapEntry e : layersNode.entries()) {
            layers.put(e.key(), layer(e, xrayWavelength, neutrons));
        }
        return layers;
    }

    /** Reads a sample ({@code ambient}, {@code stacks}, {@code substrate}) of these layers. */
    static SampleSpec sample(Node node, Map<String, LayerSpec> layers) {
        MapNode sampleNode = node.asMap().rejectUnknownKeys(SAMPLE_KEYS);
        List<StackSpec> stacks = new ArrayList<>();
        for (Node item : sampleNode.optionalList("stacks").map(ListNode::items).orElse(List.of())) {
            stacks.add(stack(item));
        }
        return ParameterSpecs.at(sampleNode, () -> new SampleSpec(layers,
                sampleNode.string("ambient"), stacks, sampleNode.string("substrate")));
    }


    /** What an instrument takes x to be, and its wavelength, for data files that say otherwise. */
    static ModelAxis axis(InstrumentSpec instrument) {
        XAxis axis = instrument.choices().coords() == Coordinates.Q ? XAxis.Q : XAxis.TWO_THETA;
        return new ModelAxis(axis, instrument.parameter(InstrumentQuantity.WAVELENGTH).value());
    }

    /**
     * Refuses data that pointwise resolution cannot use: a data set without a resolution column, or
     * with a resolution that is not a finite number of 0 or more (ORSO files write NaN for points
     * they did not measure), reported at the data set's entry.
     */
    static void checkResolutionColumns(Read read, List<DataSet> data, ListNode dataNode) {
        for (int k = 0; k < data.size(); k++) {
            Node at = dataNode.items().get(Math.min(k, dataNode.items().size() - 1));
            checkResolutionColumn(read.accurate(), data.get(k), at);
        }
    }

    /** As {@link #checkResolutionColumns}, for one data set seen through an instrument of mode {@code accurate}. */
    static void checkResolutionColumn(AccurateResolution accurate, DataSet d, Node at) {
        if (accurate != AccurateResolution.POINTWISE) {
            return;
        }
        if (d.xResolution() == null) {
            throw at.error("pointwise resolution needs a resolution column, but data set " + d.name()
                    + " has none; give columns: {resolution: N}");
        }
        for (int i = 0; i < d.size(); i++) {
            double r = d.xResolution()[i];
            if (!(r >= 0 && r <= Double.MAX_VALUE)) {
                throw at.error("pointwise resolution needs a finite resolution of 0 or more at every point,"
                        + " but data set " + d.name() + " has " + r + " at point " + (i + 1) + " (x = " + d.x()[i]
                        + "); remove the point or choose another resolution type");
            }
        }
    }

    /** A stack and its repetitions: as written, or once. */
    static StackSpec stack(Node item) {
        MapNode s = item.asMap().rejectUnknownKeys(STACK_KEYS);
        List<String> names = new ArrayList<>();
        for (Node n : s.list("layers").items()) {
            names.add(n.asScalar().asString());
        }
        String name = s.string("name");
        if (!s.has(StackSpec.REPETITIONS)) {
            return ParameterSpecs.at(item, () -> new StackSpec(name, names, 1));
        }
        Node at = s.required(StackSpec.REPETITIONS);
        Parameter repetitions = ParameterSpecs.read(StackSpec.repetitionsName(name), at);
        return ParameterSpecs.at(at, () -> new StackSpec(name, names, repetitions));
    }

    /** A layer and its parameters: each quantity as written, its default where not. */
    private static LayerSpec layer(MapEntry e, double xrayWavelength, boolean neutrons) {
        String name = e.key();
        if (!ExpressionCompiler.isName(name) || name.contains(".")) {
            throw e.value().error("expected a layer name of letters, digits and '_' but found '" + name + "'");
        }
        MapNode map = e.value().asMap().rejectUnknownKeys(LAYER_KEYS);
        LayerSpec.Kind kind = kind(name, map);
        String composition = kind == LayerSpec.Kind.MATERIAL ? map.optionalString(MATERIAL, null) : null;
        Composition material = composition == null ? null
                : ParameterSpecs.at(map.required(MATERIAL), () -> Composition.parse(composition));
        Map<LayerQuantity, Parameter> written = new EnumMap<>(LayerQuantity.class);
        for (LayerQuantity q : LayerQuantity.of(kind)) {
            if (map.has(q.key())) {
                Node at = map.required(q.key());
                Parameter p = ParameterSpecs.read(q.parameterName(name), at);
                // Checked here as the layer would check it, to report the line of the quantity.
                written.put(q, ParameterSpecs.at(at, () -> q.check(p, name)));
            }
        }
        density(name, map, material, written);
        Node at = material != null ? map.required(MATERIAL) : e.value();
        return ParameterSpecs.at(at, () -> LayerSpec.seenBy(name, kind, material, xrayWavelength, neutrons,
                written::get));
    }

    /**
     * A material layer's density: {@code dens} (formula units per Å³) checked for its unit, or
     * {@code density} (g/cm³) converted to {@code dens} with the material's molar mass.
     */
    private static void density(String name, MapNode map, Composition material,
                                Map<LayerQuantity, Parameter> written) {
        if (map.has(LayerDensity.KEY)) {
            Node at = map.required(LayerDensity.KEY);
            if (material == null) {
                throw at.error("layer " + name + ": " + LayerDensity.KEY + " is in g/cm³, which needs the material: "
                        + "to know the mass of a formula unit; give material: or write dens in formula units per Å³");
            }
            if (written.containsKey(LayerQuantity.DENS)) {
                throw at.error("layer " + name + " gives both " + LayerQuantity.DENS.key() + " and "
                        + LayerDensity.KEY + "; expected one of them");
            }
            Parameter grams = ParameterSpecs.read(LayerQuantity.DENS.parameterName(name), at);
            written.put(LayerQuantity.DENS, ParameterSpecs.at(at, () -> LayerQuantity.DENS.check(
                    LayerDensity.fromGramsPerCm3(name, grams, material), name)));
        } else if (material != null && written.containsKey(LayerQuantity.DENS)) {
            String problem = ParameterSpecs.at(map.required(LayerQuantity.DENS.key()),
                    () -> LayerDensity.implausibleFormulaUnits(written.get(LayerQuantity.DENS).value(), material));
            if (problem != null) {
                throw map.required(LayerQuantity.DENS.key()).error("layer " + name + ": " + problem);
            }
        }
    }

    /** An SLD layer when it gives sld or isld (and nothing of a material), else a material layer. */
    private static LayerSpec.Kind kind(String name, MapNode map) {
        boolean sld = Arrays.stream(LayerQuantity.values())
                .anyMatch(q -> q.applies() == LayerQuantity.Applies.SLD && map.has(q.key()));
        if (!sld) {
            return LayerSpec.Kind.MATERIAL;
        }
        List<String> notApplying = new ArrayList<>(List.of(MATERIAL));
        LayerQuantity.of(LayerSpec.Kind.MATERIAL).stream().filter(q -> !q.appliesTo(LayerSpec.Kind.SLD))
                .forEach(q -> notApplying.add(q.key()));
        for (String k : notApplying) {
            if (map.has(k)) {
                throw map.required(k).error("layer " + name + " is given by its SLD, so '" + k
                        + "' does not apply; expected either sld/isld or material/dens/f/b");
            }
        }
        return LayerSpec.Kind.SLD;
    }

    /**
     * Reads the instrument called {@code name} (its parameters are {@code name.<key>}): its choices, and its
     * quantities as written or at GenX's defaults.
     */
    static InstrumentSpec instrument(String name, MapNode node, AccurateResolution[] accurate) {
        MapNode inst = node.rejectUnknownKeys(INSTRUMENT_KEYS);
        Map<InstrumentQuantity, Parameter> parameters = new EnumMap<>(InstrumentQuantity.class);
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
            fwhm(name, r, parameters);
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
                Node at = section.required(q.fileKey());
                Parameter p = ParameterSpecs.read(q.parameterName(name), at);
                parameters.put(q, ParameterSpecs.at(at, () -> q.check(p, name)));
            }
        }
        GenxInstrument choices = new GenxInstrument(probe, d.wavelength(), coords, d.i0(), d.ibkg(), d.tthoff(),
                d.resSigma(), restype, points, range, d.beamw(), footprint, d.samplelen());
        return ParameterSpecs.at(inst, () -> InstrumentSpec.of(name, choices, parameters::get));
    }

    /** The resolution given as a full width at half maximum instead of sigma. */
    private static void fwhm(String name, MapNode r, Map<InstrumentQuantity, Parameter> parameters) {
        String sigmaKey = InstrumentQuantity.RES.fileKey();
        if (r.has(sigmaKey) && r.has("fwhm")) {
            throw r.required("fwhm").error("expected " + sigmaKey + " or fwhm, not both");
        }
        if (r.has("fwhm")) {
            // A Gaussian's full width at half maximum is 2·sqrt(2·ln 2) ≈ 2.3548 sigma.
            Parameter fwhm = ParameterSpecs.read(InstrumentQuantity.RES.parameterName(name), r.required("fwhm"));
            double toSigma = 1 / (2 * Math.sqrt(2 * Math.log(2)));
            Parameter sigma = ParameterSpecs.at(r.required("fwhm"), () -> InstrumentQuantity.RES.check(new Parameter(
                    fwhm.name(), fwhm.value() * toSigma, fwhm.fit(), fwhm.min() * toSigma, fwhm.max() * toSigma), name));
            parameters.put(InstrumentQuantity.RES, sigma);
        }
    }
}
