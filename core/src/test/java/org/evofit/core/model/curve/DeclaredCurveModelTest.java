package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * A curve model holds its components' parameters, a fit problem takes them as its first slots by
 * position, and only an expression's names are looked up, once.
 */
class DeclaredCurveModelTest {

    private static final double[] X = {-1.0, 0.0, 0.5, 2.0};

    private static DeclaredComponent gaussian() {
        return DeclaredComponent.of(ComponentSpec.of("gaussian", "g"))
                .with("height", name -> Parameter.fitted(name, 3, 0, 10))
                .with("center", name -> Parameter.fixed(name, 0.5));
    }

    /** {@code a * g.sigma * x + offset}: its own a, another component's sigma and a user variable. */
    private static DeclaredComponent tail() {
        return DeclaredComponent.of(new ComponentSpec("expression", "t", 0, "a * g.sigma * x + offset",
                List.of("a"))).with("a", name -> Parameter.fixed(name, 2));
    }

    private static FitProblem problem(DeclaredCurveModel model) {
        DataSet data = DataSet.of("d", X, new double[X.length]);
        return FitProblem.create(model, List.of(Parameter.fixed("offset", 7)), List.of(), List.of(data),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
    }

    @Test
    void collectsEachComponentsParametersInDeclarationOrderAsTheFirstSlots() {
        DeclaredCurveModel model = DeclaredCurveModel.create(List.of(gaussian(), tail()), List.of("offset"));

        assertThat(model.parameters()).extracting(Parameter::name)
                .containsExactly("g.height", "g.center", "g.sigma", "t.a");
        FitProblem problem = problem(model);
        assertThat(problem.parameters()).extracting(Parameter::name)
                .containsExactly("g.height", "g.center", "g.sigma", "t.a", "offset");
        assertThat(problem.freeNames()).containsExactly("g.height");
    }

    @Test
    void builtInsReadTheirSlotsByPositionAndExpressionsTheNamedOnes() {
        FitProblem problem = problem(DeclaredCurveModel.create(List.of(gaussian(), tail()), List.of("offset")));
        double[] values = {3, 0.5, 0.25, 2, 7};

        double[] curve = problem.simulate(values)[0];

        for (int i = 0; i < X.length; i++) {
            double u = X[i] - 0.5;
            double expected = 3 * Math.exp(-u * u / (2 * 0.25 * 0.25)) + 2 * 0.25 * X[i] + 7;
            assertThat(curve[i]).as("x = %s", X[i]).isEqualTo(expected);
        }
    }

    @Test
    void aChangedStartValueReachesTheComponentHoldingIt() {
        FitProblem problem = problem(DeclaredCurveModel.create(List.of(gaussian(), tail()), List.of("offset")))
                .withStartValue("t.a", 5);

        DeclaredCurveModel model = (DeclaredCurveModel) problem.model();
        assertThat(model.components().get(1).parameters()).containsExactly(Parameter.fixed("t.a", 5));
        assertThat(problem.startValues()[3]).isEqualTo(5);
    }

    @Test
    void aParameterOfAnotherNameIsRefusedWhereItWouldBeHeld() {
        DeclaredComponent g = gaussian();
        assertThatThrownBy(() -> new DeclaredComponent(g.spec(), List.of(Parameter.fixed("g.height", 1),
                Parameter.fixed("g.centre", 0), Parameter.fixed("g.sigma", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component g holds [g.height, g.center, g.sigma]; got [g.height, g.centre, g.sigma]");
        assertThatThrownBy(() -> g.with("width", name -> Parameter.fixed(name, 1)))
                .hasMessage("unknown parameter 'width' of gaussian component g; expected one of height, center, sigma");
        DeclaredCurveModel model = DeclaredCurveModel.create(List.of(g), List.of());
        assertThatThrownBy(() -> model.withParameters(List.of(Parameter.fixed("g.height", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpressionReadingAnUnknownNameNamesItsComponent() {
        assertThatThrownBy(() -> DeclaredCurveModel.create(List.of(gaussian(), tail()), List.of()))
                .isInstanceOfSatisfying(ComponentBuildException.class,
                        e -> assertThat(e.componentIndex()).isEqualTo(1))
                .hasMessageContaining("unknown name 'offset'");
    }
}
