package org.evofit.cli;

import java.time.Duration;
import org.evofit.core.mcmc.MoveMixture;
import org.evofit.core.mcmc.SamplerSettings;
import picocli.CommandLine.Option;

/** The posterior sampler's options, shared by {@code evofit sample} and {@code evofit fit --mcmc}. */
final class SamplerOptions {

    @Option(names = "--walkers", paramLabel = "N", defaultValue = "32",
            description = "Walkers in the ensemble: even, at least 8 and at least twice the free parameters.")
    int walkers;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2000", description = "Steps every walker takes.")
    int steps;

    @Option(names = "--burn", paramLabel = "N", defaultValue = "-1",
            description = "Steps discarded as burn-in before the posterior and its diagnostics (-1: a quarter of the steps).")
    int burn;

    @Option(names = "--thin", paramLabel = "N", defaultValue = "1",
            description = "Keep every N-th step after the burn-in in the posterior table and chain.csv.")
    int thin;

    @Option(names = "--moves", paramLabel = "MIX", defaultValue = "adaptive",
            description = "Proposals: adaptive (stretch and differential-evolution moves, and from mid-burn-in half of"
                    + " them drawn from a Gaussian fitted to the burn-in) or ensemble (stretch and differential-evolution"
                    + " moves only). A resumed run must use the same.")
    String moves;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "10",
            description = "How often the chain so far is saved (DIR/chain.checkpoint; a rerun resumes from it). 0: every step.")
    double checkpointSeconds;

    /** The settings with {@code seed}; refuses bad values as bad input, naming the option. */
    SamplerSettings settings(long seed) {
        OptionValues.seconds(checkpointSeconds, "--checkpoint-seconds");
        try {
            return new SamplerSettings(walkers, steps, burn, thin, seed, MoveMixture.byKey(moves));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** The checkpoint interval. */
    Duration checkpointEvery() {
        return Duration.ofMillis(Math.round(checkpointSeconds * 1000));
    }
}
