package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponent;
import org.evofit.core.model.curve.CurveModel;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Reads the {@code components:} list of a curve model: each entry's name, kind, options and its
 * parameters written inline by their short names ({@code height: {value: 2000, min: 1000, max: 2500}}).
 */
final class ComponentSpecs {

    private static final Set<String> OPTIONS = Set.of("name", "kind", "degree", "expression", "parameters");

    /** The components, where each was written, and every parameter they declare, in file order. */
    record Read(List<ComponentSpec> components, List<Node> nodes, List<Parameter> parameters) {

        /** The curve model over the given slot layout; a component that cannot be built is reported at its entry. */
        CurveModel model(ToIntFunction<String> slotOf) {
            List<CurveComponent> built = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                ComponentSpec spec = components.get(i);
                built.add(ParameterSpecs.at(nodes.get(i), () -> CurveComponents.create(spec, slotOf)));
            }
            return new CurveModel(built);
        }
    }

    private ComponentSpecs() {
    }

    static Read read(ListNode list) {
        if (list.isEmpty()) {
            throw list.error("expected at least one component");
        }
        List<ComponentSpec> specs = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Node item : list.items()) {
            MapNode map = item.asMap();
            String name = map.string("name");
            Node nameNode = map.required("name");
            if (!ExpressionCompiler.isName(name) || name.contains(".")) {
                throw nameNode.error("expected a component name of letters, digits and '_' but found '" + name + "'");
            }
            if (!names.add(name)) {
                throw nameNode.error("component name '" + name + "' is used twice; expected unique names");
            }
            String kind = map.string("kind");
            if (!CurveComponents.kinds().contains(kind)) {
                throw map.required("kind").error("unknown component kind '" + kind + "'; expected one of "
                        + String.join(", ", CurveComponents.kinds()));
            }
            List<String> locals = map.optionalList("parameters").map(ComponentSpecs::strings).orElse(List.of());
            ComponentSpec spec = ParameterSpecs.at(item, () -> new ComponentSpec(kind, name,
                    map.optionalInteger("degree", 0), map.optionalString("expression", null), locals));
            List<Parameter> defaults = ParameterSpecs.at(item, () -> CurveComponents.defaultParameters(spec));
            Map<String, Parameter> own = new LinkedHashMap<>();
            for (Parameter p : defaults) {
                own.put(p.name().substring(name.length() + 1), p);
            }
            for (MapEntry entry : map.entries()) {
                if (OPTIONS.contains(entry.key())) {
                    continue;
                }
                if (!own.containsKey(entry.key())) {
                    throw entry.value().error("unknown parameter '" + entry.key() + "' of " + kind
                            + " component " + name + "; expected one of "
                            + String.join(", ", own.keySet()) + " (or " + String.join(", ", OPTIONS) + ")");
                }
                own.put(entry.key(), ParameterSpecs.read(name + "." + entry.key(), entry.value()));
            }
            specs.add(spec);
            nodes.add(item);
            for (Parameter p : own.values()) {
                parameters.put(p.name(), p);
            }
        }
        return new Read(specs, nodes, new ArrayList<>(parameters.values()));
    }

    private static List<String> strings(ListNode list) {
        List<String> out = new ArrayList<>();
        for (Node n : list.items()) {
            out.add(n.asScalar().asString());
        }
        return out;
    }
}
