package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.optim.Objective;

/**
 * What the posterior sampler samples for a fit problem (see {@link GaussianLikelihood#forSampling}).
 *
 * @param objective  the negative log-likelihood over the sampled parameters, with their bounds
 * @param names      the sampled parameters: the free ones, then {@value GaussianLikelihood#ERROR_SCALE}
 *                   when some data set has no errors
 * @param start      the start vector, one value per name
 * @param errorModel {@code null} when every data set has errors; otherwise what the likelihood
 *                   assumes about the errors the data lack, for the output to state
 */
public record SamplingLikelihood(Objective objective, List<String> names, double[] start, String errorModel) {
}
