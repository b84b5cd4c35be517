package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;
import org.evofit.core.model.curve.ComponentBuildException;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.core.model.curve.DeclaredCurveModel;
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

    /** The components with their parameters as written, and where each was written, in file order. */
    record Read(List<DeclaredComponent> components, List<Node> nodes) implements DeclaredModel {

        @Override
        public org.evofit.wrapper.model.ModelStructure structure() {
            return new org.evofit.wrapper.model.ModelStructure.Curve(specs());
        }

        /** The component specs, in order. */
        List<ComponentSpec> specs() {
            return components.stream().map(DeclaredComponent::spec).toList();
        }

        /** Every component's parameters, in the order the model holds them. */
        @Override
        public List<Parameter> parameters() {
            return components.stream().flatMap(c -> c.parameters().stream()).toList();
        }

        /**
         * The curve model holding its parameters as finally set (a model file's {@code parameters:} may
         * override them), its expressions reading {@code variables} by name; a component that cannot be
         * built is reported at its entry.
         */
        @Override
        public DeclaredCurveModel model(List<Parameter> finalParameters, List<String> variables) {
            try {
                return DeclaredCurveModel.create(components, variables).withParameters(finalParameters);
            } catch (ComponentBuildException e) {
                Node node = nodes.get(e.componentIndex());
                if (e.getCause() instanceof ExpressionException x && node.asMap().has("expression")) {
                    // An expression's own mistake is reported where it is, not at the component's start.
                    throw ModelFileReader.located(node.asMap().required("expression"), x.position(), x.getMessage());
                }
                throw node.error(e.getMessage());
            }
        }
    }

    private ComponentSpecs() {
    }

    static Read read(ListNode list) {
        if (list.isEmpty()) {
            throw list.error("expected at least one component");
        }
        List<DeclaredComponent> components = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
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
            DeclaredComponent component = ParameterSpecs.at(item, () -> DeclaredComponent.of(new ComponentSpec(kind,
                    name, map.optionalInteger("degree", 0), map.optionalString("expression", null), locals)));
            for (MapEntry entry : map.entries()) {
                if (OPTIONS.contains(entry.key())) {
                    continue;
                }
                if (!component.quantities().contains(entry.key())) {
                    throw entry.value().error("unknown parameter '" + entry.key() + "' of " + kind
                            + " component " + name + "; expected one of "
                            + String.join(", ", component.quantities()) + " (or " + String.join(", ", OPTIONS) + ")");
                }
                component = component.with(entry.key(), fullName -> ParameterSpecs.read(fullName, entry.value()));
            }
            components.add(component);
            nodes.add(item);
        }
        return new Read(components, nodes);
    }

    private static List<String> strings(ListNode list) {
        List<String> out = new ArrayList<>();
        for (Node n : list.items()) {
            out.add(n.asScalar().asString());
        }
        return out;
    }
}
