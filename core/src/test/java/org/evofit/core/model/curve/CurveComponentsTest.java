package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/** The factory: kinds, default parameters, slot wiring, expression dispatch and spec errors. */
class CurveComponentsTest {

    private static final String KINDS =
            "gaussian, lorentzian, pseudo-voigt, voigt, polynomial, exponential, constant, expression";

    /** The component with each own parameter in the slot {@code layout} gives its full name, as a test lays slots out. */
    static CurveComponent create(ComponentSpec spec, ToIntFunction<String> layout) {
        int[] slots = CurveComponents.defaultParameters(spec).stream().mapToInt(p -> layout.applyAsInt(p.name())).toArray();
        return CurveComponents.create(spec, slots, layout);
    }

    @Test
    void listsEveryKind() {
        assertThat(String.join(", ", CurveComponents.kinds())).isEqualTo(KINDS);
    }

    @Test
    void defaultParametersAreFullyNamedFixedAndUnbounded() {
        assertDefaults(ComponentSpec.of("gaussian", "g1"), Parameter.fixed("g1.height", 1),
                Parameter.fixed("g1.center", 0), Parameter.fixed("g1.sigma", 1));
        assertDefaults(ComponentSpec.of("lorentzian", "l"), Parameter.fixed("l.height", 1),
                Parameter.fixed("l.center", 0), Parameter.fixed("l.gamma", 1));
        assertDefaults(ComponentSpec.of("pseudo-voigt", "pv"), Parameter.fixed("pv.height", 1),
                Parameter.fixed("pv.center", 0), Parameter.fixed("pv.fwhm", 1),
                Parameter.fixed("pv.eta", 0.5));
        assertDefaults(ComponentSpec.of("voigt", "v"), Parameter.fixed("v.area", 1),
                Parameter.fixed("v.center", 0), Parameter.fixed("v.sigma", 1),
                Parameter.fixed("v.gamma", 1));
        assertDefaults(ComponentSpec.of("exponential", "bg"), Parameter.fixed("bg.amplitude", 1),
                Parameter.fixed("bg.rate", -1));
        assertDefaults(ComponentSpec.of("constant", "c"), Parameter.fixed("c.value", 0));
    }

    @Test
    void polynomialHasOneZeroCoefficientPerPower() {
        assertDefaults(new ComponentSpec("polynomial", "p", 2, null, null),
                Parameter.fixed("p.c0", 0), Parameter.fixed("p.c1", 0), Parameter.fixed("p.c2", 0));
    }

    @Test
    void expressionParametersStartAtOne() {
        assertDefaults(new ComponentSpec("expression", "e", 0, "a*exp(-x/w)", List.of("a", "w")),
                Parameter.fixed("e.a", 1), Parameter.fixed("e.w", 1));
    }

    /** Each parameter is read from the slot given for it, whatever the layout. */
    @Test
    void wiresEveryParameterToTheSlotOfItsFullName() {
        Map<String, Integer> layout = new HashMap<>();
        List<Double> values = new ArrayList<>();
        values.add(99.0); // an unrelated parameter in slot 0
        ToIntFunction<String> slotOf = name -> layout.computeIfAbsent(name, n -> {
            values.add(Double.NaN);
            return values.size() - 1;
        });
        CurveComponent gauss = create(ComponentSpec.of("gaussian", "g"), slotOf);
        CurveComponent poly =
                create(new ComponentSpec("polynomial", "p", 2, null, null), slotOf);
        values.set(layout.get("g.height"), 2.0);
        values.set(layout.get("g.center"), 0.5);
        values.set(layout.get("g.sigma"), 0.25);
        values.set(layout.get("p.c0"), 1.0);
        values.set(layout.get("p.c1"), -3.0);
        values.set(layout.get("p.c2"), 0.5);
        double[] slots = values.stream().mapToDouble(Double::doubleValue).toArray();
        double x = 0.8;
        assertThat(Probe.at(gauss, slots, x))
                .isCloseTo(2 * Math.exp(-0.3 * 0.3 / (2 * 0.25 * 0.25)), within(1e-15));
        assertThat(Probe.at(poly, slots, x)).isCloseTo(1 - 3 * x + 0.5 * x * x, within(1e-15));
    }

    @Test
    void everyKindButExpressionCanBeCreatedFromItsDefaults() {
        for (String kind : CurveComponents.kinds()) {
            if (kind.equals("expression")) {
                continue;
            }
            ComponentSpec spec = new ComponentSpec(kind, "k", 1, null, null);
            List<Parameter> parameters = CurveComponents.defaultParameters(spec);
            List<String> names = parameters.stream().map(Parameter::name).toList();
            CurveComponent component = create(spec, names::indexOf);
            double[] values = parameters.stream().mapToDouble(Parameter::value).toArray();
            assertThat(Probe.at(component, values, 0.3)).as(kind).isFinite();
        }
    }

    @Test
    void expressionIsHandedToTheExpressionFactoryUnchanged() {
        ComponentSpec spec = new ComponentSpec("expression", "e", 0, "a*x + b", List.of("a", "b"));
        ToIntFunction<String> slotOf = name -> 0;
        CurveComponent made = (values, x, out) -> { };
        List<Object> received = new ArrayList<>();
        CurveComponent component = CurveComponents.create(spec, new int[] {4, 2}, slotOf,
                (name, source, locals, slots, named) -> {
                    received.addAll(List.of(name, source, locals, List.of(slots[0], slots[1]), named));
                    return made;
                });
        assertThat(component).isSameAs(made);
        assertThat(received).containsExactly("e", "a*x + b", List.of("a", "b"), List.of(4, 2), slotOf);
    }

    @Test
    void unknownKindNamesTheExpectedOnes() {
        assertThatThrownBy(() -> CurveComponents.create(ComponentSpec.of("gauss", "g"), new int[3], name -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown component kind 'gauss'; expected one of " + KINDS);
        assertThatThrownBy(() -> CurveComponents.defaultParameters(ComponentSpec.of(null, "g")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component kind is missing; expected one of " + KINDS);
    }

    @Test
    void negativeDegreeIsRejected() {
        ComponentSpec spec = new ComponentSpec("polynomial", "bg", -1, null, null);
        assertThatThrownBy(() -> CurveComponents.defaultParameters(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polynomial component 'bg' has degree -1; expected a degree of 0 or more");
    }

    @Test
    void expressionNeedsASourceAndDistinctParameterNamesOtherThanX() {
        assertThatThrownBy(() -> CurveComponents.create(
                new ComponentSpec("expression", "e", 0, null, List.of("a")), new int[1], name -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expression component 'e' has no expression; expected an expression of x");
        assertThatThrownBy(() -> CurveComponents.defaultParameters(
                new ComponentSpec("expression", "e", 0, "  ", List.of())))
                .hasMessageContaining("has no expression");
        assertThatThrownBy(() -> CurveComponents.defaultParameters(
                new ComponentSpec("expression", "e", 0, "a*x", List.of("a", "a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares parameter 'a' twice");
        assertThatThrownBy(() -> CurveComponents.defaultParameters(
                new ComponentSpec("expression", "e", 0, "a*x", List.of(""))))
                .hasMessageContaining("empty parameter name");
        assertThatThrownBy(() -> CurveComponents.defaultParameters(
                new ComponentSpec("expression", "e", 0, "x*x", List.of("x"))))
                .hasMessageContaining("declares parameter 'x', which is the curve's variable");
    }

    @Test
    void componentNeedsAName() {
        assertThatThrownBy(() -> CurveComponents.defaultParameters(ComponentSpec.of("voigt", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a voigt component needs a name; got ' '");
    }

    @Test
    void missingSlotIsReportedWithTheParameterName() {
        assertThatThrownBy(() -> CurveComponents.create(ComponentSpec.of("lorentzian", "l1"),
                new int[] {0, 1, -1}, name -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no slot for parameter 'gamma' of component 'l1'; expected a slot of 0 or more");
        assertThatThrownBy(() -> CurveComponents.create(ComponentSpec.of("lorentzian", "l1"),
                new int[] {0, 1}, name -> 0))
                .hasMessage("component 'l1' has 3 parameters; got 2 slots");
    }

    private static void assertDefaults(ComponentSpec spec, Parameter... expected) {
        assertThat(CurveComponents.defaultParameters(spec)).as(spec.kind()).containsExactly(expected);
    }
}
