package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * A joint fit of a data set with errors and one without is sampled with one likelihood: chi²/2 over the first
 * set's points and the figure of merit's terms read with the error scale s over the second's. Checked against
 * that sum written out for a straight line under {@code log} (a Laplace term |log10 y − log10 m|/s + ln 2s per
 * point without an error), and against the work done: the terms of the set with errors, which the likelihood
 * does not use, are not computed at all.
 */
class MixedErrorsLikelihoodTest {

    private static final int POINTS = 60;

    private static DataSet line(String name, double from, long seed) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        SplittableRandom noise = new SplittableRandom(seed);
        for (int i = 0; i < POINTS; i++) {
            x[i] = from + 0.05 * i;
            y[i] = (1 + 2 * x[i]) * (1 + 0.05 * noise.nextGaussian());
        }
        return DataSet.of(name, x, y);
    }

    private static FitProblem problem(FigureOfMerit fom) {
        double[] errors = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            errors[i] = 0.1 + 0.01 * i;
        }
        Model model = () -> (values, index, d, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[0] + values[1] * d.x()[i];
            }
        };
        return FitProblem.create(List.of(Parameter.fitted("a", 1, 0, 3), Parameter.fitted("b", 2, 0, 4)), List.of(),
                slot -> model, List.of(line("measured", 0, 5).withErrors(errors), line("bare", 0.5, 7)), fom);
    }

    @Test
    void theLikelihoodIsChiSquaredOverTheErroredSetPlusLaplaceTermsOverTheBareOne() {
        FitProblem problem = problem(FiguresOfMerit.byName("log", NonFinitePolicy.FAIL));
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});
        double s = 0.02;

        double value = likelihood.objective().newEvaluator().evaluate(new double[] {1.1, 1.9, Math.log(s)});

        DataSet measured = problem.dataSets().get(0);
        DataSet bare = problem.dataSets().get(1);
        double expected = 0;
        for (int i = 0; i < POINTS; i++) {
            double r = (measured.y()[i] - (1.1 + 1.9 * measured.x()[i])) / measured.error()[i];
            expected += r * r / 2;
            double t = Math.log10(bare.y()[i]) - Math.log10(1.1 + 1.9 * bare.x()[i]);
            expected += Math.abs(t) / s + Math.log(2 * s);
        }
        assertThat(value).isCloseTo(expected, offset(1e-9 * Math.abs(expected)));
        assertThat(likelihood.errorModel()).contains("data set bare has no errors");
    }

    @Test
    void onlyTheBareSetsTermsAreComputed() {
        AskedSets fom = new AskedSets(FiguresOfMerit.byName("log", NonFinitePolicy.FAIL));
        FitProblem problem = problem(fom);
        Objective.Evaluator likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2})
                .objective().newEvaluator();
        fom.asked.clear();

        likelihood.evaluate(new double[] {1.1, 1.9, Math.log(0.02)});

        assertThat(fom.asked).containsExactly(1);
    }

    /** A figure of merit that notes which data sets it computed terms of. */
    private static final class AskedSets implements FigureOfMerit {

        final Set<Integer> asked = java.util.Collections.synchronizedSet(new TreeSet<>());
        private final FigureOfMerit fom;

        AskedSets(FigureOfMerit fom) {
            this.fom = fom;
        }

        @Override
        public String name() {
            return fom.name();
        }

        @Override
        public double evaluate(FitData data, double[][] model, int freeParameters) {
            return fom.evaluate(data, model, freeParameters);
        }

        @Override
        public void terms(FitData data, double[][] model, double[][] out) {
            for (int k = 0; k < data.dataSets(); k++) {
                asked.add(k);
            }
            fom.terms(data, model, out);
        }

        @Override
        public void terms(FitData data, int set, double[] model, double[] out) {
            asked.add(set);
            fom.terms(data, set, model, out);
        }

        @Override
        public int modelNonFiniteTerms(FitData data, int set, double[] model) {
            return fom.modelNonFiniteTerms(data, set, model);
        }

        @Override
        public String combination() {
            return fom.combination();
        }

        @Override
        public boolean squaresResiduals() {
            return fom.squaresResiduals();
        }

        @Override
        public String residual() {
            return fom.residual();
        }

        @Override
        public boolean needsErrors() {
            return fom.needsErrors();
        }

        @Override
        public NonFinitePolicy nonFinitePolicy() {
            return fom.nonFinitePolicy();
        }

        @Override
        public boolean usable(double y, double error, double x) {
            return fom.usable(y, error, x);
        }

        @Override
        public int usablePoints(FitData data) {
            return fom.usablePoints(data);
        }
    }
}
