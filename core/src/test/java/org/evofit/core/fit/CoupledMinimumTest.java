package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (defects 7 and 9's class): a coupling such as {@code Film.d = T - 50} can compute a
 * thickness below 0, which no start value or bound can give. Such a candidate is infeasible (its
 * figure of merit NaN, never better than a physical one), whatever evaluates it; a fit that finds only
 * such candidates is an error naming the layer's parameter and the coupling.
 */
class CoupledMinimumTest {

    /** Film's thickness is T − 50 (written 30 here, the couplings set it); the repetitions are 2·T − 100. */
    private static ReflectivityModel model() {
        return model(GenxInstrument.defaults());
    }

    /** The same film seen through an instrument with {@code choices} and its numbers. */
    static ReflectivityModel model(GenxInstrument choices) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put("Amb", LayerSpec.of("Amb", LayerSpec.Kind.SLD, null, 1.54, true, q -> null));
        layers.put("Film", LayerSpec.of("Film", LayerSpec.Kind.SLD, null, 1.54, true,
                q -> q == LayerQuantity.SLD ? q.fixed("Film", 40) : q == LayerQuantity.D ? q.fixed("Film", 30) : null));
        layers.put("Sub", LayerSpec.of("Sub", LayerSpec.Kind.SLD, null, 1.54, true,
                q -> q == LayerQuantity.SLD ? q.fixed("Sub", 20) : null));
        SampleSpec sample = new SampleSpec(layers, "Amb", List.of(new StackSpec("s", List.of("Film"), 1)), "Sub");
        return new ReflectivityModel(sample, InstrumentSpec.of(choices, q -> null), null);
    }

    private static FitProblem problem(double tMin, double tMax, DataSet data, String... couplings) {
        return FitProblem.create(model(), List.of(Parameter.fitted("T", (tMin + tMax) / 2, tMin, tMax)),
                java.util.Arrays.stream(couplings).map(Coupling::parse).toList(), List.of(data),
                FiguresOfMerit.byName("log", NonFinitePolicy.FAIL));
    }

    /** The model's own reflectivity at T = 80 (Film.d = 30 Å), as data. */
    private static DataSet data() {
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.2 + 0.05 * i;
        }
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        DataSet bare = DataSet.of("r", x, ones);
        FitProblem truth = problem(20, 200, bare, "Film.d = T - 50");
        double[] y = truth.simulate(truth.values(new double[] {80}))[0];
        return DataSet.of("r", x, y);
    }

    @Test
    void aCandidateWhoseCouplingMakesANegativeThicknessIsInfeasibleAndOtherwiseScoredAsBefore() {
        FitProblem problem = problem(20, 200, data(), "Film.d = T - 50");
        Objective.Evaluator evaluator = problem.objective().newEvaluator();

        assertThat(evaluator.evaluate(new double[] {49.9})).isNaN();
        assertThat(problem.fomOf(problem.values(new double[] {49.9}))).isNaN();
        // The minimum itself is a sample (a film of no thickness), and the true value fits exactly.
        assertThat(evaluator.evaluate(new double[] {50})).isFinite().isPositive();
        assertThat(evaluator.evaluate(new double[] {80})).isCloseTo(0, within(1e-12));
        assertThat(evaluator.evaluate(new double[] {90})).isEqualTo(problem.fomOf(problem.values(new double[] {90})));
    }

    @Test
    void aFitWhereSomeCandidatesAreInfeasibleFindsThePhysicalOne() {
        FitResult r = Fitter.fit(problem(20, 200, data(), "Film.d = T - 50"), FitSettings.defaults()
                .withDe(DeSettings.defaults().withPopulation(15).withGenerations(60).withSeed(4)), GenerationListener.NONE);

        assertThat(r.parameter("T").value()).isCloseTo(80, within(1e-3));
        assertThat(r.parameter("Film.d").value()).isCloseTo(30, within(1e-3));
    }

    @Test
    void aFitThatFindsOnlyNegativeThicknessesIsAnErrorNamingTheLayerAndTheCoupling() {
        FitProblem problem = problem(20, 45, data(), "Film.d = T - 50");

        assertThatThrownBy(() -> Fitter.fit(problem, FitSettings.defaults()
                .withDe(DeSettings.defaults().withPopulation(10).withGenerations(5).withSeed(4)), GenerationListener.NONE))
                .isInstanceOf(InfeasibleResultException.class)
                .hasMessageStartingWith("the fit found no candidate whose couplings keep every quantity within its"
                        + " minimum: Film.d (thickness, layer Film) cannot be negative, but the coupling"
                        + " Film.d = T - 50 makes it -");
    }

    @Test
    void roughnessAndRepetitionsSetByCouplingsAreCheckedToo() {
        FitProblem problem = problem(20, 200, data(), "Film.sigma = 60 - T", "s.repetitions = T - 79");
        Objective.Evaluator evaluator = problem.objective().newEvaluator();

        assertThat(evaluator.evaluate(new double[] {61})).isNaN();
        assertThat(evaluator.evaluate(new double[] {59})).isNaN();
        assertThatThrownBy(() -> Feasibility.requireMinimums(problem, problem.values(new double[] {61})))
                .hasMessageContaining("Film.sigma (roughness of the layer's top interface, layer Film) cannot be"
                        + " negative, but the coupling Film.sigma = 60 - T makes it -1.0");
        assertThatThrownBy(() -> Feasibility.requireMinimums(problem, problem.values(new double[] {59})))
                .hasMessageContaining("s.repetitions (number of repetitions, stack s) cannot be negative, but the"
                        + " coupling s.repetitions = T - 79 makes it -20.0");
    }

    @Test
    void theSamplingLikelihoodGivesAnInfeasibleCandidateNoProbability() {
        FitProblem problem = problem(20, 200, data(), "Film.d = T - 50");
        Objective likelihood = GaussianLikelihood.forSampling(problem, new double[] {80}).objective();

        assertThat(likelihood.newEvaluator().evaluate(new double[] {40, -3})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(likelihood.newEvaluator().evaluate(new double[] {80, -3})).isFinite();
    }
}
