package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.NonFinitePolicy;

/**
 * The usable points of one data set at which a fit's model made the figure-of-merit term NaN or infinite
 * (the logarithm of a simulated value of 0 or less, say). Under {@link NonFinitePolicy#IGNORE} such a term
 * counts as 0, GenX's rule, which the optimizer keeps; a result must still say so, since those points
 * took no part in the figure of merit it reports. Points whose data no figure of merit can use are
 * {@link ExcludedPoints}, not counted here.
 *
 * @param dataSet   the data set's name
 * @param usable    its in-range points the figure of merit can use
 * @param nonFinite of those, the points whose term the model made non-finite
 */
public record NonFiniteTerms(String dataSet, int usable, int nonFinite) {

    /**
     * The data sets, in the problem's order, at whose usable points the model at {@code values} makes
     * non-finite terms; empty when there are none, and always under {@link NonFinitePolicy#FAIL}, where
     * such a term makes the figure of merit itself non-finite.
     */
    public static List<NonFiniteTerms> of(FitProblem problem, double[] values) {
        FigureOfMerit fom = problem.figureOfMerit();
        if (fom.nonFinitePolicy() != NonFinitePolicy.IGNORE || !Feasibility.finite(values)) {
            return List.of();
        }
        FitData data = problem.fitData();
        double[][] simulation = problem.simulateFitted(values);
        List<NonFiniteTerms> out = new ArrayList<>();
        for (int k = 0; k < simulation.length; k++) {
            int count = fom.modelNonFiniteTerms(data, k, simulation[k]);
            if (count > 0) {
                ExcludedPoints excluded = ExcludedPoints.of(problem.dataSets().get(k), fom);
                out.add(new NonFiniteTerms(excluded.dataSet(), excluded.points() - excluded.excluded(), count));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The warning in words, such as {@code the model gave non-finite figure-of-merit terms at 12 of 300
     * usable points of data set 'x' (nonFinite: ignore counted them as 0)}.
     */
    public String message() {
        return "the model gave non-finite figure-of-merit terms at " + nonFinite + " of " + usable
                + " usable points of data set '" + dataSet + "' (nonFinite: ignore counted them as 0)";
    }
}
