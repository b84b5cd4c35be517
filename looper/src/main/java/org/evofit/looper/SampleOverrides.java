package org.evofit.looper;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.GaussianLikelihood;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;

/**
 * A sweep's {@code sample:} — {@code {walkers: 32, steps: 2000, burn: 500, thin: 1}}, each optional
 * with {@link SamplerSettings#defaults()}'s value — asks every run to sample its posterior after its
 * fit. The settings travel with the run among its optimizer overrides, as {@value #PREFIX}walkers and
 * so on (canonical integers), so that a run sent to a cluster worker carries them and the run's id
 * changes with them (and a sweep without {@code sample:} keeps its ids).
 */
public final class SampleOverrides {

    /** How the sampling settings are named among a run's settings. */
    public static final String PREFIX = "sample.";
    /** The keys {@code sample:} accepts. */
    public static final Set<String> KEYS = Set.of("walkers", "steps", "burn", "thin");

    private SampleOverrides() {
    }

    /** Whether a run setting is one of sampling's rather than the optimizer's. */
    static boolean isSampling(String key) {
        return key.startsWith(PREFIX);
    }

    /**
     * Reads {@code sample:} into {@code settings}.
     *
     * @throws ModelFileException at the key or value that is unknown, not a whole number, or refused by
     *                            the sampler (an odd number of walkers, a burn-in not below the steps)
     */
    static void read(MapNode sample, SortedMap<String, String> settings) {
        sample.rejectUnknownKeys(KEYS);
        SamplerSettings d = SamplerSettings.defaults();
        int walkers = sample.optionalInteger("walkers", d.walkers());
        int steps = sample.optionalInteger("steps", d.steps());
        int burn = sample.optionalInteger("burn", d.burn());
        int thin = sample.optionalInteger("thin", d.thin());
        try {
            new SamplerSettings(walkers, steps, burn, thin, 0);
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            MapEntry at = sample.entry(key).orElse(null);
            throw new ModelFileException(at != null ? at.value().location() : sample.location(), e.getMessage());
        }
        settings.put(PREFIX + "walkers", Integer.toString(walkers));
        settings.put(PREFIX + "steps", Integer.toString(steps));
        settings.put(PREFIX + "burn", Integer.toString(burn));
        settings.put(PREFIX + "thin", Integer.toString(thin));
    }

    /**
     * Refuses, when the sweep is planned rather than after a run's fit, a {@code sample:} whose walkers are
     * too few for what {@code model}'s runs sample ({@link GaussianLikelihood#requireWalkers}).
     *
     * @throws ModelFileException naming the sweep file, the model and the walkers needed
     */
    static void checkWalkers(Map<String, String> settings, FitProblem problem, Path sweep, Path model) {
        String walkers = settings.get(PREFIX + "walkers");
        if (walkers == null) {
            return;
        }
        try {
            GaussianLikelihood.requireWalkers(problem, Integer.parseInt(walkers));
        } catch (IllegalArgumentException e) {
            throw ModelFileException.ofFile(String.valueOf(sweep), "sample: " + e.getMessage() + " for " + model);
        }
    }

    /** The run's sampler settings with its seed, or empty when the run does not sample. */
    public static Optional<SamplerSettings> of(Map<String, String> settings, long seed) {
        if (!settings.containsKey(PREFIX + "steps")) {
            return Optional.empty();
        }
        return Optional.of(new SamplerSettings(Integer.parseInt(settings.get(PREFIX + "walkers")),
                Integer.parseInt(settings.get(PREFIX + "steps")), Integer.parseInt(settings.get(PREFIX + "burn")),
                Integer.parseInt(settings.get(PREFIX + "thin")), seed));
    }
}
