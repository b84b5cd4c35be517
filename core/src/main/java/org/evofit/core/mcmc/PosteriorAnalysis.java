package org.evofit.core.mcmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns a chain into its {@link Posterior}: the table, correlations and diagnostics. */
public final class PosteriorAnalysis {

    private PosteriorAnalysis() {
    }

    /**
     * The posterior of a finished (or partial) chain, discarding {@code settings.burnIn()} steps and
     * keeping every {@code settings.thin()}-th after them for the table; diagnostics use every step
     * after the burn-in.
     *
     * @param names the free parameters' names, in the chain's order
     * @throws IllegalArgumentException when fewer than 2 steps remain after the burn-in
     */
    public static Posterior of(Chain chain, SamplerSettings settings, List<String> names) {
        int burn = settings.burnIn();
        int first = burn + 1;
        int kept = chain.rows() - first;
        if (kept < 2) {
            throw new IllegalArgumentException("only " + Math.max(kept, 0) + " steps after a burn-in of " + burn
                    + "; a posterior needs at least 2");
        }
        int dim = chain.dimension();
        int walkers = chain.walkers();
        double[][] samples = keptSamples(chain, first, settings.thin());
        int mapRow = 0;
        int mapWalker = 0;
        for (int r = 0; r < chain.rows(); r++) {
            for (int w = 0; w < walkers; w++) {
                if (chain.logPosterior(r, w) > chain.logPosterior(mapRow, mapWalker)) {
                    mapRow = r;
                    mapWalker = w;
                }
            }
        }
        List<ParameterPosterior> rows = new ArrayList<>();
        List<Autocorrelation.Estimate> taus = new ArrayList<>();
        for (int d = 0; d < dim; d++) {
            double[][] series = chain.series(d, first);
            Autocorrelation.Estimate tau = Autocorrelation.time(series);
            double rHat = GelmanRubin.rHat(series);
            double[] sorted = samples[d].clone();
            Arrays.sort(sorted);
            rows.add(new ParameterPosterior(names.get(d), quantile(sorted, 0.5), quantile(sorted, 0.158655),
                    quantile(sorted, 0.841345), quantile(sorted, 0.025), quantile(sorted, 0.975),
                    chain.value(mapRow, mapWalker, d), tau.tau(), (double) walkers * kept / tau.tau(), rHat));
            taus.add(tau);
        }
        return new Posterior(List.copyOf(rows), correlation(samples), acceptance(chain, first), walkers,
                chain.steps(), burn, settings.thin(), samples[0].length, chain.logPosterior(mapRow, mapWalker),
                List.copyOf(warnings(chain, rows, taus, kept)), chain.nonFiniteTotal());
    }

    /**
     * One warning for every parameter whose chain is shorter than {@link Posterior#MIN_AUTOCORRELATION_TIMES}
     * autocorrelation times (or whose time has no window), naming the longest time; one per R-hat above
     * {@link Posterior#MAX_R_HAT}; one when proposals were rejected for a non-finite likelihood.
     */
    private static List<String> warnings(Chain chain, List<ParameterPosterior> rows,
                                         List<Autocorrelation.Estimate> taus, int kept) {
        List<String> out = new ArrayList<>();
        long nonFinite = chain.nonFiniteTotal();
        if (nonFinite > 0) {
            long proposals = (long) chain.steps() * chain.walkers();
            out.add(String.format(Locale.ROOT, "%d of %d proposals (%.3g %%) inside the bounds were rejected because"
                    + " the model is not finite there (NaN or infinite at a point in range): the posterior is taken"
                    + " to be zero where the model is not defined", nonFinite, proposals, 100.0 * nonFinite / proposals));
        }
        List<String> tooShort = new ArrayList<>();
        int worst = 0;
        boolean unknown = false;
        for (int d = 0; d < rows.size(); d++) {
            Autocorrelation.Estimate tau = taus.get(d);
            if (!tau.windowFound() || kept < Posterior.MIN_AUTOCORRELATION_TIMES * tau.tau()) {
                tooShort.add(rows.get(d).name());
                unknown |= !tau.windowFound();
            }
            if (tau.tau() > taus.get(worst).tau()) {
                worst = d;
            }
        }
        if (!tooShort.isEmpty()) {
            double needed = Posterior.MIN_AUTOCORRELATION_TIMES * taus.get(worst).tau();
            out.add(String.format(Locale.ROOT, "the chain is too short for its autocorrelation time: %d steps after"
                            + " the burn-in are fewer than %.0f tau for %s (largest tau %.1f, %s%s); run at least %s"
                            + " steps after the burn-in", kept, Posterior.MIN_AUTOCORRELATION_TIMES,
                    tooShort.size() == rows.size() ? "every parameter" : String.join(", ", tooShort),
                    taus.get(worst).tau(), rows.get(worst).name(),
                    unknown ? "; some times are themselves uncertain: no window was found" : "",
                    Double.isFinite(needed) ? String.valueOf((long) Math.ceil(needed)) : "many more"));
        }
        for (ParameterPosterior p : rows) {
            if (!(p.rHat() <= Posterior.MAX_R_HAT)) {
                out.add(String.format(Locale.ROOT, "walker groups disagree on %s: R-hat = %.3f (above %.1f)",
                        p.name(), p.rHat(), Posterior.MAX_R_HAT));
            }
        }
        return out;
    }

    /** The kept samples per parameter: {@code [d][sample]}, step-major then walker. */
    static double[][] keptSamples(Chain chain, int first, int thin) {
        int walkers = chain.walkers();
        int steps = (chain.rows() - first + thin - 1) / thin;
        double[][] out = new double[chain.dimension()][steps * walkers];
        int i = 0;
        for (int r = first; r < chain.rows(); r += thin) {
            for (int w = 0; w < walkers; w++) {
                for (int d = 0; d < out.length; d++) {
                    out[d][i] = chain.value(r, w, d);
                }
                i++;
            }
        }
        return out;
    }

    /**
     * The {@code p} quantile of ascending {@code sorted}: linear interpolation between order statistics
     * (Hyndman and Fan's type 7, numpy's default). Public so that every posterior quantile (the table's,
     * the posterior bands') is the same one.
     */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double[][] correlation(double[][] samples) {
        int dim = samples.length;
        int n = samples[0].length;
        double[] mean = new double[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = Arrays.stream(samples[d]).sum() / n;
        }
        double[][] cov = new double[dim][dim];
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (samples[a][i] - mean[a]) * (samples[b][i] - mean[b]);
                }
                cov[a][b] = s / (n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        double[][] corr = new double[dim][dim];
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b < dim; b++) {
                corr[a][b] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
            }
        }
        return corr;
    }

    /** The fraction of steps after {@code first - 1} in which a walker moved, averaged over walkers. */
    private static double acceptance(Chain chain, int first) {
        long moved = 0;
        int dim = chain.dimension();
        for (int r = first; r < chain.rows(); r++) {
            for (int w = 0; w < chain.walkers(); w++) {
                for (int d = 0; d < dim; d++) {
                    // A proposal equal to the current position has probability zero, so a change in any
                    // coordinate is an accepted move.
                    if (chain.value(r, w, d) != chain.value(r - 1, w, d)) {
                        moved++;
                        break;
                    }
                }
            }
        }
        return (double) moved / ((long) (chain.rows() - first) * chain.walkers());
    }
}
