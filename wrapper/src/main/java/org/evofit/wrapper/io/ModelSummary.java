package org.evofit.wrapper.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.JointPart;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.model.ModelStructure;
import org.evofit.wrapper.results.ModelJson;

/**
 * {@code model.json}: what a report needs to know of the model without the model file, which may
 * have moved by the time the report is made: the kind of model, the quantity and unit of x and y,
 * whether y is best seen on a log scale, the data sets and their files, and the sample and
 * instrument of a reflectivity model or the components of a curve.
 */
public final class ModelSummary {

    private ModelSummary() {
    }

    /** The summary of {@code model} as a JSON tree (the .ort header's copy of model.json). */
    public static ObjectNode of(ModelDefinition model) {
        return json(model).toTree();
    }

    /** The summary of {@code model}, as written to model.json. */
    public static ModelJson json(ModelDefinition model) {
        List<DataSet> data = model.problem().dataSets();
        List<DataSource> sources = model.dataSources();
        List<ModelJson.DataSetEntry> sets = new ArrayList<>();
        JointReflectivityModel joint = model.problem().model() instanceof JointReflectivityModel j ? j : null;
        for (int i = 0; i < data.size(); i++) {
            DataSet d = data.get(i);
            JointPart part = joint == null ? null : joint.partOf(i);
            sets.add(new ModelJson.DataSetEntry(d.name(), i < sources.size() ? model.fileNames().of(sources.get(i).file()) : null,
                    d.size(), d.hasErrors(), part == null ? null : part.sample(),
                    part == null ? null : part.instrument(),
                    part == null || part.channel() == null ? null : part.channel().label()));
        }
        ParameterUnits units = ParameterUnits.of(model.problem().model());
        Map<String, String> unitMap = new LinkedHashMap<>();
        for (Parameter p : model.problem().parameters()) {
            unitMap.put(p.name(), units.unitOf(p.name()));
        }
        String source = model.sourceName();
        String fom = model.problem().figureOfMerit().name();
        if (model.problem().model() instanceof ReflectivityModel r) {
            Coordinates coords = r.instrument().coords();
            return new ModelJson("reflectivity", source, fom,
                    new ModelJson.Axis(coords == Coordinates.Q ? "Q" : "2θ", ParameterUnits.xUnit(coords)),
                    new ModelJson.Axis("reflectivity", ""), true, instrument(r), sample(r.sampleSpec()), null,
                    sets, unitMap);
        }
        if (joint != null) {
            return joint(joint, source, fom, sets, unitMap);
        }
        List<ModelJson.Component> components = model.layout() != null
                && model.layout().structure() instanceof ModelStructure.Curve curve
                ? declaredComponents(curve.components()) : components(model.problem().parameters());
        return new ModelJson("curve", source, fom, new ModelJson.Axis("x", ""), new ModelJson.Axis("y", ""), false,
                null, null, components, sets, unitMap);
    }

    /**
     * A joint model's summary: its samples and instruments by name; x is the instruments' common coordinate,
     * or plain x when they differ (each data set's instrument says which).
     */
    private static ModelJson joint(JointReflectivityModel joint, String source, String fom,
                                   List<ModelJson.DataSetEntry> sets, Map<String, String> unitMap) {
        Map<String, ModelJson.Sample> samples = new LinkedHashMap<>();
        Map<String, ModelJson.Instrument> instruments = new LinkedHashMap<>();
        for (JointPart part : joint.parts()) {
            samples.putIfAbsent(part.sample(), sample(part.model().sampleSpec()));
            instruments.putIfAbsent(part.instrument(), instrument(part.model()));
        }
        List<Coordinates> coords = joint.parts().stream().map(p -> p.model().instrument().coords()).distinct().toList();
        ModelJson.Axis x = coords.size() == 1
                ? new ModelJson.Axis(coords.get(0) == Coordinates.Q ? "Q" : "2θ", ParameterUnits.xUnit(coords.get(0)))
                : new ModelJson.Axis("x", "");
        return new ModelJson("reflectivity", source, fom, x, new ModelJson.Axis("reflectivity", ""), true, null, null,
                null, sets, unitMap, samples, instruments);
    }

    private static ModelJson.Instrument instrument(ReflectivityModel model) {
        GenxInstrument inst = model.instrument();
        return new ModelJson.Instrument(inst.probe().genxName(), inst.wavelength(), inst.coords().genxName(),
                model.accurateResolution() != null
                        ? "accurate " + model.accurateResolution().fileName() : inst.restype().genxName(),
                inst.footype().genxName());
    }

    private static ModelJson.Sample sample(SampleSpec sample) {
        List<ModelJson.Stack> stacks = sample.stacks().stream()
                .map(s -> new ModelJson.Stack(s.name(), List.copyOf(s.layers()), s.count())).toList();
        List<ModelJson.Layer> layers = sample.layers().values().stream()
                .map(l -> new ModelJson.Layer(l.name(), l.kind().name().toLowerCase(java.util.Locale.ROOT),
                        l.composition())).toList();
        return new ModelJson.Sample(sample.ambient(), sample.substrate(), stacks, layers);
    }

    /**
     * A curve's components as the model file or the Java API declared them: name, kind, own
     * parameters (without the component prefix), and the degree of a polynomial or the expression
     * of an expression component.
     */
    private static List<ModelJson.Component> declaredComponents(List<ComponentSpec> specs) {
        List<ModelJson.Component> out = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            List<String> own = DeclaredComponent.of(spec).quantities();
            out.add(new ModelJson.Component(spec.name(), spec.kind(),
                    spec.kind().equals("polynomial") ? spec.degree() : null, spec.expression(), own));
        }
        return out;
    }

    /**
     * The components of a curve without a layout (a model script's), recognised by the prefix of
     * their parameters' dotted names; their kind is unknown and left out rather than guessed.
     */
    private static List<ModelJson.Component> components(List<Parameter> parameters) {
        Map<String, List<String>> byComponent = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            int dot = p.name().indexOf('.');
            if (dot > 0) {
                byComponent.computeIfAbsent(p.name().substring(0, dot), c -> new ArrayList<>())
                        .add(p.name().substring(dot + 1));
            }
        }
        List<ModelJson.Component> out = new ArrayList<>();
        byComponent.forEach((name, own) -> out.add(new ModelJson.Component(name, null, null, null, own)));
        return out;
    }
}
