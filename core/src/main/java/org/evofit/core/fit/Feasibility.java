package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.NonFinitePolicy;

/**
 * Whether a candidate's parameter values are all finite, and the refusal of a final result that is
 * not. A candidate with a non-finite parameter (or, checked by the figure of merit itself, a non-finite
 * model point) is infeasible: its figure of merit is NaN, which the optimizer ranks below every finite
 * one, so no figure-of-merit policy can score it on the points that happen to stay finite. The checks
 * only read, so a finite candidate's figure of merit is computed exactly as before.
 */
final class Feasibility {

    /** How many bad points a message lists before it says "and N more". */
    private static final int LISTED = 5;

    private Feasibility() {
    }

    /** Whether every value is finite. */
    static boolean finite(double[] values) {
        for (double v : values) {
            // NaN fails this comparison too, so one test covers NaN and infinity.
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses a final result that has a non-finite parameter or a non-finite model point, naming
     * them; a fit that ends like this found no feasible candidate, and its numbers must not be
     * reported as a result.
     *
     * @throws NonFiniteResultException naming the parameters and points
     */
    static void requireFinite(FitProblem problem, double[] values, double[][] fittedSimulation) {
        List<String> problems = new ArrayList<>();
        for (int slot = 0; slot < values.length; slot++) {
            if (!Double.isFinite(values[slot])) {
                problems.add("parameter " + problem.parameters().get(slot).name() + " = " + values[slot]);
            }
        }
        for (int k = 0; k < fittedSimulation.length; k++) {
            DataSet data = problem.dataSets().get(k).fitted();
            String points = badPoints(data, fittedSimulation[k]);
            if (!points.isEmpty()) {
                problems.add("the model of data set " + data.name() + " at " + points);
            }
        }
        if (!problems.isEmpty()) {
            throw new NonFiniteResultException("the fit found no candidate with a finite model: "
                    + String.join("; ", problems));
        }
    }

    /**
     * Refuses a final result in which a coupling set a parameter below its quantity's minimum (a
     * negative thickness): the fit found no candidate that is a physical sample.
     *
     * @throws InfeasibleResultException naming each such parameter, its layer or stack and the coupling
     */
    static void requireMinimums(FitProblem problem, double[] values) {
        List<String> problems = problem.coupledMinimums().violations(values);
        if (!problems.isEmpty()) {
            throw new InfeasibleResultException("the fit found no candidate whose couplings keep every quantity"
                    + " within its minimum: " + String.join("; ", problems)
                    + "; expected bounds on the parameters the couplings read that keep it there");
        }
    }

    /**
     * Refuses a final figure of merit that is NaN or infinite: under {@code nonFinite: fail} a point the
     * figure of merit cannot use makes it so, under {@code nonFinite: ignore} a model that makes every
     * usable point's term non-finite, and such a number must not be reported as a result.
     *
     * @throws NonFiniteResultException saying which figure of merit and how it can be made finite
     */
    static void requireFiniteFom(FitProblem problem, double fom) {
        if (!Double.isFinite(fom)) {
            String name = problem.figureOfMerit().name();
            if (problem.figureOfMerit().nonFinitePolicy() == NonFinitePolicy.IGNORE) {
                throw new NonFiniteResultException("the fit ended with " + name + " = " + fom
                        + ": it found no candidate whose model gives a finite term at any usable point (a"
                        + " logarithm of a simulated value of 0 or less, say); expected bounds that let the"
                        + " model reach the data");
            }
            throw new NonFiniteResultException("the fit ended with " + name + " = " + fom
                    + ": some point's term is not finite (a zero or negative error, or a logarithm of a value"
                    + " of 0 or less); fix those points or let the figure of merit leave them out"
                    + " (nonFinite: ignore)");
        }
    }

    private static String badPoints(DataSet data, double[] simulation) {
        List<String> listed = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < simulation.length; i++) {
            if (!Double.isFinite(simulation[i])) {
                if (bad < LISTED) {
                    listed.add("x = " + data.x()[i] + " (" + simulation[i] + ")");
                }
                bad++;
            }
        }
        if (bad == 0) {
            return "";
        }
        String more = bad > LISTED ? " and " + (bad - LISTED) + " more" : "";
        return bad + (bad == 1 ? " point: " : " points: ") + String.join(", ", listed) + more;
    }
}
