package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.de.DeResult;

/**
 * The outcome of a fit.
 *
 * @param parameters  every parameter with its final value and uncertainties, in slot order
 * @param values      every slot's final value (couplings applied)
 * @param fom         the figure of merit at the final values
 * @param fomName     its GenX name
 * @param chi2        reduced chi-square at the final values (NaN when the data have no errors)
 * @param generations generations run
 * @param evaluations figure-of-merit evaluations (differential evolution and refinement)
 * @param seconds     wall-clock seconds
 * @param history     best figure of merit per generation (entry 0: initial population)
 * @param stopReason  why differential evolution stopped
 * @param refined     whether Levenberg-Marquardt improved on differential evolution's best
 * @param errorBasis  how the error bars were computed; null when there are none (an interrupted fit)
 * @param nonFiniteTerms the data sets at whose usable points the final model made non-finite terms,
 *                       counted as 0 under {@code nonFinite: ignore} (see {@link NonFiniteTerms}); empty
 *                       when there are none
 */
public record FitResult(List<ParameterEstimate> parameters, double[] values, double fom, String fomName,
                        double chi2, int generations, long evaluations, double seconds, double[] history,
                        DeResult.StopReason stopReason, boolean refined,
                        ErrorBasis errorBasis, List<NonFiniteTerms> nonFiniteTerms) {

    /** Copies the list. */
    public FitResult {
        nonFiniteTerms = List.copyOf(nonFiniteTerms);
    }

    /** Evaluations per wall-clock second. */
    public double evaluationsPerSecond() {
        return seconds > 0 ? evaluations / seconds : 0;
    }

    /** The estimate of the named parameter; throws IllegalArgumentException if there is none. */
    public ParameterEstimate parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }
}
