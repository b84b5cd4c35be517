package org.evofit.core.mcmc;

import java.util.List;

/**
 * What a chain says about the parameters: the posterior table, the correlation matrix and the
 * diagnostics that say whether to believe it.
 *
 * @param parameters      one row per free parameter, in the sampler's order
 * @param correlation     Pearson correlation of the kept samples, [i][j] in the parameters' order
 * @param acceptance      the mean fraction of accepted proposals per walker after the burn-in
 * @param walkers         walkers in the ensemble
 * @param steps           steps taken (after the start)
 * @param burn            steps discarded as burn-in
 * @param thin            thinning of the kept samples
 * @param samples         samples kept for the table (walkers x thinned steps after the burn-in)
 * @param mapLogPosterior the highest log-posterior the chain visited
 * @param warnings        what makes the table doubtful (too short for its autocorrelation time,
 *                        walker groups that disagree, proposals rejected for a non-finite model); empty
 *                        when none
 * @param nonFinite       proposals inside the bounds rejected, over every step, because the likelihood was
 *                        not finite there (the model NaN or infinite at a point in range): the posterior is
 *                        taken to be zero where the model is not defined
 */
public record Posterior(List<ParameterPosterior> parameters, double[][] correlation, double acceptance,
                        int walkers, int steps, int burn, int thin, long samples, double mapLogPosterior,
                        List<String> warnings, long nonFinite) {

    /** A chain should be at least this many autocorrelation times long (after burn-in) to be trusted. */
    public static final double MIN_AUTOCORRELATION_TIMES = 50;

    /** R-hat above this says the walker groups have not mixed. */
    public static final double MAX_R_HAT = 1.1;

    /** The row of the named parameter; throws IllegalArgumentException if there is none. */
    public ParameterPosterior parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }
}
