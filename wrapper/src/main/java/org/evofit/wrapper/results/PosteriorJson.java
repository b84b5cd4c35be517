package org.evofit.wrapper.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.mcmc.ParameterPosterior;
import org.evofit.core.mcmc.Posterior;
import org.evofit.core.mcmc.SamplerSettings;

/**
 * The {@code posterior} section of result.json (and the whole of posterior.json): how the chain was
 * sampled, its diagnostics, the posterior table and the correlation matrix.
 *
 * @param sampler         the sampler and its moves
 * @param likelihood      what the log-likelihood is
 * @param errorModel      {@code null} when every data set has errors; otherwise the error scale sampled
 *                        for those without (its parameter is in the table)
 * @param walkers         walkers in the ensemble
 * @param steps           steps taken
 * @param burn            steps discarded as burn-in
 * @param thin            thinning of the kept samples
 * @param seed            the sampler's seed
 * @param samples         samples behind the table
 * @param acceptance      mean acceptance fraction after the burn-in
 * @param mapLogPosterior the highest log-posterior visited
 * @param parameters      the table, one entry per free parameter
 * @param correlation     the correlation matrix, in the order of {@code parameters}
 * @param warnings        what makes the table doubtful; empty when nothing does
 * @param nonFinite       proposals inside the bounds rejected because the model was not finite there
 */
public record PosteriorJson(String sampler, String likelihood, String errorModel, int walkers, int steps, int burn, int thin, long seed,
                            long samples, double acceptance, double mapLogPosterior, List<Row> parameters,
                            double[][] correlation, List<String> warnings, long nonFinite) {

    /** How result.json names the section. */
    public static final String SECTION = "posterior";

    /**
     * One parameter.
     *
     * @param name   the parameter
     * @param median posterior median
     * @param low68  lower end of the central 68 % interval
     * @param high68 upper end of the central 68 % interval
     * @param low95  lower end of the central 95 % interval
     * @param high95 upper end of the central 95 % interval
     * @param map    value at the highest posterior visited
     * @param tau    integrated autocorrelation time (steps)
     * @param ess    effective sample size
     * @param rHat   R-hat across walker groups
     */
    public record Row(String name, double median, double low68, double high68, double low95, double high95,
                      double map, double tau, double ess, double rHat) {
    }

    /** The section of a posterior sampled with {@code settings} (and {@code errorModel}, or null). */
    public static PosteriorJson of(Posterior p, SamplerSettings settings, String errorModel) {
        return new PosteriorJson("affine-invariant ensemble (stretch move, with differential-evolution moves)",
                "gaussian: ln L = -chi2/2 from the data's 1-sigma errors; uniform priors within the bounds",
                errorModel, p.walkers(), p.steps(), p.burn(), p.thin(), settings.seed(), p.samples(), p.acceptance(),
                p.mapLogPosterior(), p.parameters().stream().map(PosteriorJson::row).toList(), p.correlation(),
                p.warnings(), p.nonFinite());
    }

    private static Row row(ParameterPosterior r) {
        return new Row(r.name(), r.median(), r.low68(), r.high68(), r.low95(), r.high95(), r.map(), r.tau(), r.ess(),
                r.rHat());
    }

    /** The text of posterior.json. */
    public String format() {
        return JsonFiles.format(JsonFiles.FINITE, this);
    }

    /** Reads posterior.json, or the section of a result.json holding one. */
    public static PosteriorJson read(Path file) {
        return JsonFiles.read(JsonFiles.FINITE, file, PosteriorJson.class);
    }

    /**
     * The text of a result.json with this section added (or replaced) as {@value #SECTION}; every other
     * key is kept as it was, in its order.
     */
    public String into(Path resultFile) {
        ObjectNode tree = JsonFiles.parse(JsonFiles.FINITE, resultFile, FileText.read(resultFile), ObjectNode.class);
        tree.set(SECTION, JsonFiles.FINITE.valueToTree(this));
        return JsonFiles.format(JsonFiles.FINITE, tree);
    }

    /** The posterior section of a result.json, or null when it has none. */
    public static PosteriorJson section(Path resultFile) {
        ObjectNode tree = JsonFiles.parse(JsonFiles.FINITE, resultFile, FileText.read(resultFile), ObjectNode.class);
        if (!tree.has(SECTION)) {
            return null;
        }
        try {
            return JsonFiles.FINITE.treeToValue(tree.get(SECTION), PosteriorJson.class);
        } catch (JsonProcessingException e) {
            throw new ResultFileException(resultFile, 1, "its posterior section is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
