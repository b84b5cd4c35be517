package org.evofit.core.fom;

import org.evofit.core.data.FitData;

/**
 * A {@link FigureOfMerit} that sums the absolute per-point terms of a {@link FomFormula}, treating
 * non-finite terms as its {@link NonFinitePolicy} says.
 *
 * <p>The divisors that depend only on the data are computed the first time a {@link FitData}
 * instance is seen and kept for as long as the same instance (by identity) keeps coming, which is
 * the whole of a fit; evaluation then allocates nothing. Concurrent first calls may compute the
 * divisors twice, which is harmless because the result is the same.
 */
final class TermFigureOfMerit implements FigureOfMerit {

    /**
     * The divisors and the usable point count of one data instance; immutable, so safe to publish
     * through a volatile.
     */
    private record Prepared(FitData data, double[] divisors, int usable) { }

    private final FomFormula formula;
    private final PointTerm term;
    private final boolean ignoreNonFinite;
    private final NonFinitePolicy policy;
    private volatile Prepared prepared;

    TermFigureOfMerit(FomFormula formula, NonFinitePolicy policy) {
        this.formula = formula;
        this.term = formula.term();
        this.policy = policy;
        this.ignoreNonFinite = policy == NonFinitePolicy.IGNORE;
    }

    @Override
    public String name() {
        return formula.fomName();
    }

    @Override
    public double evaluate(FitData data, double[][] model, int freeParameters) {
        Prepared ready = prepare(data);
        double[] divisors = ready.divisors();
        checkShape(data, model, "simulation");
        double[][] xs = data.x();
        double[][] ys = data.y();
        double[][] es = data.error();
        double sum = 0.0;
        int finiteTerms = 0;
        for (int k = 0; k < ys.length; k++) {
            double[] x = xs[k];
            double[] y = ys[k];
            double[] e = es[k];
            double[] s = model[k];
            double divisor = divisors[k];
            for (int i = 0; i < y.length; i++) {
                // A non-finite model point makes the candidate infeasible whatever the policy, which
                // is about terms of finite model values (the log of a negative simulation, say).
                if (!(Math.abs(s[i]) <= Double.MAX_VALUE)) {
                    return Double.NaN;
                }
                double a = Math.abs(termAt(x, y, e, s, i, divisor));
                // NaN fails this comparison too, so one test covers NaN and infinity.
                if (a <= Double.MAX_VALUE) {
                    sum += a;
                    finiteTerms++;
                } else if (!ignoreNonFinite) {
                    sum += a;
                }
            }
        }
        if (finiteTerms == 0 && ignoreNonFinite && ready.usable() > 0) {
            // Every usable point's term is non-finite: the empty sum's 0 would be the best score of all,
            // for a model that matches nothing (negative everywhere under a logarithm), so it is infeasible.
            return Double.NaN;
        }
        return formula.perDegreeOfFreedom() ? sum / degreesOfFreedom(ready.usable(), freeParameters) : sum;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Under {@link NonFinitePolicy#IGNORE} a non-finite term is written as 0, the value it
     * contributes to the figure of merit, so that the scaled sum of |out| always equals
     * {@link #evaluate}.
     */
    @Override
    public void terms(FitData data, double[][] model, double[][] out) {
        prepare(data);
        checkShape(data, model, "simulation");
        checkShape(data, out, "output");
        for (int k = 0; k < data.dataSets(); k++) {
            terms(data, k, model[k], out[k]);
        }
    }

    @Override
    public void terms(FitData data, int set, double[] model, double[] out) {
        if (model.length != data.y()[set].length || out.length != model.length) {
            throw new IllegalArgumentException("data set " + set + " has " + data.y()[set].length + " points but the"
                    + " simulation has " + model.length + " and the output " + out.length);
        }
        setTerms(data, set, model, out);
    }

    @Override
    public int modelNonFiniteTerms(FitData data, int set, double[] model) {
        return setTerms(data, set, model, null);
    }

    /**
     * The one walk over a data set's terms that {@link #terms(FitData, int, double[], double[])} and
     * {@link #modelNonFiniteTerms} share: writes each term into {@code out} as the policy has it, or, when
     * {@code out} is null, counts the usable points (the data fine there) whose term the model made non-finite.
     */
    private int setTerms(FitData data, int set, double[] model, double[] out) {
        double divisor = prepare(data).divisors()[set];
        double[] x = data.x()[set];
        double[] y = data.y()[set];
        double[] e = data.error()[set];
        int nonFinite = 0;
        for (int i = 0; i < y.length; i++) {
            double t = termAt(x, y, e, model, i, divisor);
            if (out != null) {
                out[i] = Double.isFinite(t) || !ignoreNonFinite ? t : 0.0;
            } else if (!Double.isFinite(t) && usable(y[i], error(e, i), x[i])) {
                nonFinite++;
            }
        }
        return nonFinite;
    }

    /** Point i's term, divided as its data set's: what the figure of merit sums, writes out and counts. */
    private double termAt(double[] x, double[] y, double[] e, double[] model, int i, double divisor) {
        return term.of(y[i], model[i], error(e, i), x[i]) / divisor;
    }

    /** Point i's 1-sigma error, or NaN for a data set without errors. */
    private static double error(double[] e, int i) {
        return e == null ? Double.NaN : e[i];
    }

    @Override
    public String combination() {
        return formula.combination();
    }

    @Override
    public NonFinitePolicy nonFinitePolicy() {
        return policy;
    }

    @Override
    public boolean usable(double y, double error, double x) {
        // NaN fails this comparison too, so one test covers NaN and infinity.
        return Math.abs(term.of(y, y, error, x)) <= Double.MAX_VALUE;
    }

    @Override
    public int usablePoints(FitData data) {
        return prepare(data).usable();
    }

    @Override
    public boolean squaresResiduals() {
        return formula.squaresResiduals();
    }

    @Override
    public String residual() {
        return formula.residual();
    }

    @Override
    public boolean needsErrors() {
        return formula.needsErrors();
    }

    @Override
    public String toString() {
        return formula.fomName() + " (" + policy + " non-finite terms)";
    }

    private Prepared prepare(FitData data) {
        Prepared p = prepared;
        if (p != null && p.data() == data) {
            return p;
        }
        checkErrors(data);
        p = new Prepared(data, formula.denominator().divisors(data, policy), countUsable(data));
        prepared = p;
        return p;
    }

    private int countUsable(FitData data) {
        if (!ignoreNonFinite) {
            return data.points();
        }
        int usable = 0;
        for (int k = 0; k < data.dataSets(); k++) {
            double[] e = data.error()[k];
            for (int i = 0; i < data.y()[k].length; i++) {
                usable += usable(data.y()[k][i], error(e, i), data.x()[k][i]) ? 1 : 0;
            }
        }
        return usable;
    }

    private void checkErrors(FitData data) {
        if (!formula.needsErrors()) {
            return;
        }
        for (int k = 0; k < data.dataSets(); k++) {
            if (data.error()[k] == null) {
                throw new IllegalArgumentException("figure of merit " + name()
                        + " needs 1-sigma errors, but data set " + k + " has none");
            }
        }
    }

    private static void checkShape(FitData data, double[][] rows, String what) {
        if (rows.length != data.dataSets()) {
            throw new IllegalArgumentException(what + " has " + rows.length
                    + " data sets but the data have " + data.dataSets());
        }
        for (int k = 0; k < rows.length; k++) {
            if (rows[k].length != data.y()[k].length) {
                throw new IllegalArgumentException(what + " of data set " + k + " has "
                        + rows[k].length + " points but the data have " + data.y()[k].length);
            }
        }
    }

    private static int degreesOfFreedom(int usable, int freeParameters) {
        int dof = usable - freeParameters;
        if (freeParameters < 0 || dof <= 0) {
            throw new IllegalArgumentException("N - p must be positive, but N = " + usable + " and p = "
                    + freeParameters + " (N counts the points the figure of merit can use)");
        }
        return dof;
    }
}
