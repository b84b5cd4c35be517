package org.evofit.server.run;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.server.ServiceException;

/**
 * The posterior sampling a start asks for ({@code mcmc} on): after its fit, each run samples its posterior
 * around the optimum, with the run's seed, as a sweep file's {@code sample:} asks. Each setting left out
 * is {@link SamplerSettings#defaults()}'s.
 *
 * @param walkers the ensemble's walkers (even, at least 8)
 * @param steps   steps of the chain
 * @param burn    steps discarded as burn-in (-1: a quarter of the steps)
 * @param thin    keep every thin-th step
 */
record SampleRequest(int walkers, int steps, int burn, int thin) {

    /** The sampling settings a start takes besides {@code mcmc}. */
    static final List<String> KEYS = List.of("walkers", "steps", "burn", "thin");

    /** The switch that asks for sampling. */
    static final String MCMC = "mcmc";

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

    /**
     * The sampling {@code params} ask for, or null when {@code mcmc} is off or missing.
     *
     * @throws ServiceException 400 saying why: an {@code mcmc} that is not a switch, a setting that is not
     *                          a whole number or that the sampler refuses, or settings without {@code mcmc}
     */
    static SampleRequest from(Map<String, List<String>> params) {
        String mcmc = StartRequest.one(params, MCMC);
        boolean on = mcmc != null && List.of("true", "on").contains(mcmc.trim());
        if (mcmc != null && !on && !List.of("false", "off", "").contains(mcmc.trim())) {
            throw ServiceException.badInput("mcmc: expected true or false (on or off), got '" + mcmc + "'", null);
        }
        List<String> given = KEYS.stream().filter(k -> StartRequest.one(params, k) != null
                && !StartRequest.one(params, k).isBlank()).toList();
        if (!on) {
            if (!given.isEmpty()) {
                throw ServiceException.badInput(String.join(", ", given) + ": sampling settings without mcmc=true; "
                        + "set mcmc to sample the posterior after the fit, or leave them out", null);
            }
            return null;
        }
        SamplerSettings d = SamplerSettings.defaults();
        SampleRequest r = new SampleRequest(number(params, "walkers", d.walkers()), number(params, "steps", d.steps()),
                number(params, "burn", d.burn()), number(params, "thin", d.thin()));
        try {
            new SamplerSettings(r.walkers, r.steps, r.burn, r.thin, 0);
        } catch (IllegalArgumentException e) {
            throw ServiceException.badInput(e.getMessage(), null);
        }
        if ((long) r.walkers * (r.steps + 1L) > SamplerSettings.MAX_CHAIN_VALUES) {
            throw ServiceException.badInput("steps: a chain of " + r.walkers + " walkers x " + (r.steps + 1L)
                    + " rows is more than the " + SamplerSettings.MAX_CHAIN_VALUES + " values kept in memory; use fewer "
                    + "steps or walkers", null);
        }
        return r;
    }

    private static int number(Map<String, List<String>> params, String key, int otherwise) {
        String v = StartRequest.one(params, key);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        if (!WHOLE.matcher(v.trim()).matches()) {
            throw ServiceException.badInput(key + ": '" + v + "' is not a whole number", null);
        }
        return Integer.parseInt(v.trim());
    }
}
