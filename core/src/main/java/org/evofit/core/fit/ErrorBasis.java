package org.evofit.core.fit;

/**
 * How a fit's error bars were computed, so that result files can say what the numbers mean.
 *
 * <p>The standard errors are sqrt(diag(C)), C = s²·(JᵀJ)⁻¹, J the Jacobian of the residuals the
 * figure of merit compares (log residuals for {@code log}, (Y − S)/E for {@code chi2bars}) with
 * respect to the fitted parameters not at a bound, and s² = Σr²/(N − p) their mean square per degree
 * of freedom (for {@code chi2} and {@code chi2bars} the reduced chi-square). The low and high bars are
 * where the figure of merit, moved along one parameter from the optimum with the others held (a
 * conditional scan) or re-optimised (a profile), first reaches GenX's error-bar threshold.
 *
 * @param residuals        the residual r the covariance is computed in, for example
 *                         {@code log10(Y) - log10(S)}
 * @param scale            s² = Σr²/(N − p), the factor of (JᵀJ)⁻¹ (NaN when not computed)
 * @param points           N, the in-range points the figure of merit can use (see
 *                         {@link org.evofit.core.fom.FigureOfMerit#usablePoints})
 * @param degreesOfFreedom N − p, p counting every fitted parameter
 * @param level            GenX's error-bar level (1.05: the figure of merit 5 % above its best)
 * @param threshold        the figure of merit at which the low and high bars are read:
 *                         {@code level × best} (for a negative best, best + (level − 1)·|best|)
 * @param bars             which low and high bars: {@code conditional} (the others held) or
 *                         {@code profile} (the others re-optimised)
 */
public record ErrorBasis(String residuals, double scale, int points, int degreesOfFreedom, double level,
                         double threshold, String bars) {
}
