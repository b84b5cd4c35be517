package org.evofit.wrapper.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.DataSource;
import org.evofit.wrapper.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelStructure;

/**
 * {@code model.json}: what a report needs to know of the model without the model file, which may
 * have moved by the time the report is made: the kind of model, the quantity and unit of x and y,
 * whether y is best seen on a log scale, the data sets and their files, and the sample and
 * instrument of a reflectivity model or the components of a curve.
 */
public final class ModelSummary {

    private ModelSummary() {
    }

    /** The summary of {@code model}, as written to model.json. */
    public static ObjectNode of(ModelDefinition model) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        boolean refl = model.problem().model() instanceof ReflectivityModel;
        root.put("kind", refl ? "reflectivity" : "curve");
        root.put("source", model.source() == null ? null : model.source().toString());
        root.put("figureOfMerit", model.problem().figureOfMerit().name());
        ObjectNode x = root.putObject("x");
        ObjectNode y = root.putObject("y");
        if (model.problem().model() instanceof ReflectivityModel r) {
            Coordinates coords = r.instrument().coords();
            x.put("quantity", coords == Coordinates.Q ? "Q" : "2θ");
            x.put("unit", ParameterUnits.xUnit(coords));
            y.put("quantity", "reflectivity");
            y.put("unit", "");
            root.put("logY", true);
            instrument(root.putObject("instrument"), r);
            sample(root.putObject("sample"), r.sampleSpec());
        } else {
            x.put("quantity", "x");
            x.put("unit", "");
            y.put("quantity", "y");
            y.put("unit", "");
            root.put("logY", false);
            ArrayNode components = root.putArray("components");
            if (model.layout() != null && model.layout().structure() instanceof ModelStructure.Curve curve) {
                declaredComponents(components, curve.components());
            } else {
                components(components, model.problem().parameters());
            }
        }
        ArrayNode sets = root.putArray("dataSets");
        List<DataSet> data = model.problem().dataSets();
        List<DataSource> sources = model.dataSources();
        for (int i = 0; i < data.size(); i++) {
            DataSet d = data.get(i);
            ObjectNode n = sets.addObject();
            n.put("name", d.name());
            n.put("file", i < sources.size() ? sources.get(i).file().toString() : null);
            n.put("points", d.size());
            n.put("errors", d.hasErrors());
        }
        ParameterUnits units = ParameterUnits.of(model.problem().model());
        ObjectNode unitNode = root.putObject("units");
        for (Parameter p : model.problem().parameters()) {
            unitNode.put(p.name(), units.unitOf(p.name()));
        }
        return root;
    }

    private static void instrument(ObjectNode n, ReflectivityModel model) {
        GenxInstrument inst = model.instrument();
        n.put("probe", inst.probe().genxName());
        n.put("wavelength", inst.wavelength());
        n.put("coords", inst.coords().genxName());
        n.put("resolution", model.accurateResolution() != null
                ? "accurate " + model.accurateResolution().fileName() : inst.restype().genxName());
        n.put("footprint", inst.footype().genxName());
    }

    private static void sample(ObjectNode n, SampleSpec sample) {
        n.put("ambient", sample.ambient());
        n.put("substrate", sample.substrate());
        ArrayNode stacks = n.putArray("stacks");
        for (StackSpec s : sample.stacks()) {
            ObjectNode sn = stacks.addObject();
            sn.put("name", s.name());
            s.layers().forEach(sn.putArray("layers")::add);
            sn.put("repetitions", s.repetitions());
        }
        ArrayNode layers = n.putArray("layers");
        for (LayerSpec l : sample.layers().values()) {
            ObjectNode ln = layers.addObject();
            ln.put("name", l.name());
            ln.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            ln.put("composition", l.composition());
        }
    }

    /**
     * A curve's components as the model file or the Java API declared them: name, kind, own
     * parameters (without the component prefix), and the degree of a polynomial or the expression
     * of an expression component.
     */
    private static void declaredComponents(ArrayNode list, List<ComponentSpec> specs) {
        for (ComponentSpec spec : specs) {
            ObjectNode n = list.addObject();
            n.put("name", spec.name());
            n.put("kind", spec.kind());
            if (spec.kind().equals("polynomial")) {
                n.put("degree", spec.degree());
            }
            if (spec.expression() != null) {
                n.put("expression", spec.expression());
            }
            ArrayNode own = n.putArray("parameters");
            String prefix = spec.name() + ".";
            for (Parameter p : CurveComponents.defaultParameters(spec)) {
                own.add(p.name().startsWith(prefix) ? p.name().substring(prefix.length()) : p.name());
            }
        }
    }

    /**
     * The components of a curve without a layout (a model script's), recognised by the prefix of
     * their parameters' dotted names; their kind is unknown and left out rather than guessed.
     */
    private static void components(ArrayNode list, List<Parameter> parameters) {
        Map<String, ArrayNode> byComponent = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            int dot = p.name().indexOf('.');
            if (dot > 0) {
                String component = p.name().substring(0, dot);
                byComponent.computeIfAbsent(component, c -> {
                    ObjectNode n = list.addObject();
                    n.put("name", c);
                    return n.putArray("parameters");
                }).add(p.name().substring(dot + 1));
            }
        }
    }
}
