package org.evofit.wrapper.sample;

import java.util.List;
import java.util.Locale;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.ParameterPosterior;
import org.evofit.core.mcmc.Posterior;
import org.evofit.core.mcmc.SamplerSettings;

/**
 * One posterior sampling run: the chain and what it says.
 *
 * @param names       the free parameters, in the chain's order
 * @param settings    the sampler settings
 * @param chain       the chain (complete unless {@link #interrupted()})
 * @param posterior   the posterior table and diagnostics, or {@code null} when interrupted
 * @param resumedStep the step the run resumed from a checkpoint at, or 0 for a fresh start
 * @param errorModel  {@code null} when every data set has errors; otherwise the error scale sampled for
 *                    those without, as a sentence for the output
 */
public record SampleRun(List<String> names, SamplerSettings settings, Chain chain, Posterior posterior,
                        int resumedStep, String errorModel) {

    /** Whether the run stopped before its last step (its thread was interrupted); nothing was written. */
    public boolean interrupted() {
        return chain.steps() < settings.steps();
    }

    /**
     * The posterior table as the command line prints it: one line per parameter (median, the 68 % and
     * 95 % intervals, MAP, autocorrelation time, ESS, R-hat), then the chain's facts and any warning.
     */
    public String table() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(9, names.stream().mapToInt(String::length).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %13s %27s %27s %13s %8s %9s %6s%n", "parameter",
                "median", "68 % interval", "95 % interval", "MAP", "tau", "ESS", "R-hat"));
        for (ParameterPosterior p : posterior.parameters()) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %13.6g [%12.6g, %12.6g] [%12.6g, %12.6g] %13.6g"
                            + " %8.1f %9.0f %6.3f%n", p.name(), p.median(), p.low68(), p.high68(), p.low95(),
                    p.high95(), p.map(), p.tau(), p.ess(), p.rHat()));
        }
        out.append(String.format(Locale.ROOT, "%d walkers x %d steps, burn-in %d, thin %d: %d samples;"
                        + " acceptance %.3f; seed %d%n", posterior.walkers(), posterior.steps(), posterior.burn(),
                posterior.thin(), posterior.samples(), posterior.acceptance(), settings.seed()));
        if (errorModel != null) {
            out.append("note: ").append(errorModel).append('\n');
        }
        for (String w : posterior.warnings()) {
            out.append("warning: ").append(w).append('\n');
        }
        return out.toString();
    }
}
