package org.evofit.wrapper.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code result.json}: figure of merit, settings, counts, timing, provenance and the parameter table,
 * keys in this order. Numbers without a finite value are written as null and read back as NaN.
 *
 * @param evofitVersion        version of the evofit build that ran the fit
 * @param model                the model file, or null for a model built in code
 * @param fom                  figure of merit at the fitted values
 * @param fomName              the figure of merit's name
 * @param fomCombination       how the figure of merit combines the data sets (GenX's way), for a fit of
 *                             several data sets; left out for one
 * @param chi2                 chi² at the fitted values
 * @param strategy             the DE strategy's GenX name
 * @param seed                 the optimizer's seed
 * @param threads              evaluation threads
 * @param population           population size
 * @param generations          generations run
 * @param evaluations          model evaluations
 * @param seconds              wall time of the fit
 * @param evaluationsPerSecond evaluations per second
 * @param stopReason           why the optimizer stopped
 * @param refined              whether a local refinement followed
 * @param excludedPoints       the data sets with points the figure of merit could not use, left out
 *                             when there are none (so a result without them reads as before)
 * @param warnings             what else a person must hear before trusting the result, one message each
 *                             (the data sets at whose usable points the fitted model made non-finite
 *                             figure-of-merit terms); left out when there are none
 * @param errors               how the error bars were computed; null (left out) when there are none,
 *                             as in an interrupted fit or a file written before they were stated
 * @param started              when fitting started (ISO-8601)
 * @param finished             when it ended (ISO-8601)
 * @param provenance           build, model file and platform; null in files written before provenance
 * @param parameters           the parameter table
 */
@JsonPropertyOrder({"evofitVersion", "model", "fom", "fomName", "fomCombination", "chi2", "strategy", "seed", "threads", "population",
        "generations", "evaluations", "seconds", "evaluationsPerSecond", "stopReason", "refined", "excludedPoints", "warnings", "errors", "started",
        "finished", "provenance", "parameters"})
public record ResultJson(String evofitVersion, String model, double fom, String fomName,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String fomCombination, double chi2,
                         String strategy, long seed, int threads, int population, int generations,
                         long evaluations, double seconds, double evaluationsPerSecond, String stopReason,
                         boolean refined,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExcludedPoints> excludedPoints,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Errors errors,
                         String started, String finished, Provenance provenance, List<Parameter> parameters) {

    /** An absent table or list reads as an empty one (a file written before warnings were); copies the lists. */
    public ResultJson {
        excludedPoints = excludedPoints == null ? List.of() : List.copyOf(excludedPoints);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** The result of a fit of one data set, which has nothing to combine, without warnings. */
    public ResultJson(String evofitVersion, String model, double fom, String fomName, double chi2, String strategy,
                      long seed, int threads, int population, int generations, long evaluations, double seconds,
                      double evaluationsPerSecond, String stopReason, boolean refined,
                      List<ExcludedPoints> excludedPoints, Errors errors, String started, String finished,
                      Provenance provenance, List<Parameter> parameters) {
        this(evofitVersion, model, fom, fomName, null, chi2, strategy, seed, threads, population, generations,
                evaluations, seconds, evaluationsPerSecond, stopReason, refined, excludedPoints, List.of(), errors, started,
                finished, provenance, parameters);
    }

    /**
     * One data set with points the figure of merit could not use (NaN or infinite measured values,
     * say), so a result never hides that it was fitted on fewer points than the file has.
     *
     * @param dataSet   the data set's name
     * @param points    its points in the fit range
     * @param excluded  how many of them the figure of merit could not use
     * @param nonFinite of those, how many have a NaN or infinite measured value
     * @param warning   the warning the command line printed, naming the file and the reason
     */
    @JsonPropertyOrder({"dataSet", "points", "excluded", "nonFinite", "warning"})
    public record ExcludedPoints(String dataSet, int points, int excluded, int nonFinite, String warning) {
    }

    /**
     * How the error bars were computed. The standard error is sqrt(diag(s²·(JᵀJ)⁻¹)), J the Jacobian of
     * the residuals the figure of merit compares with respect to the fitted parameters not at a bound,
     * s² = Σr²/(N − p). The low and high bars are where the figure of merit, moved along one
     * parameter with the others held at the optimum (or re-optimised, {@code bars: profile}), reaches
     * the threshold.
     *
     * @param residuals        the residual r, for example {@code log10(Y) - log10(S)}
     * @param scale            how s² is computed, {@code sum(r^2)/(N - p)}
     * @param s2               its value
     * @param points           N
     * @param degreesOfFreedom N − p
     * @param level            GenX's error-bar level
     * @param threshold        the figure of merit at which the low and high bars are read
     * @param bars             {@value #PROFILE} when the other parameters were re-optimised at every
     *                         point of the low and high bars; left out (null) for the conditional scan
     *                         with the others held at the optimum, the default, so that results
     *                         written before the choice existed read the same
     */
    @JsonPropertyOrder({"residuals", "scale", "s2", "points", "degreesOfFreedom", "level", "threshold", "bars"})
    public record Errors(String residuals, String scale, double s2, int points, int degreesOfFreedom,
                         double level, double threshold, @JsonInclude(JsonInclude.Include.NON_NULL) String bars) {

        /** The value of {@code bars} for profile (re-optimised) bars. */
        public static final String PROFILE = "profile";

        /** How every evofit version since error bars were stated computes s². */
        public static final String SCALE = "sum(r^2)/(N - p)";
    }

    /**
     * One parameter of the table.
     *
     * @param name      parameter name
     * @param value     fitted (or fixed, or coupled) value
     * @param fit       whether it was fitted
     * @param min       lower bound
     * @param max       upper bound
     * @param error     standard error (NaN when unknown)
     * @param errorLow  GenX's lower error bar (NaN when unknown)
     * @param errorHigh GenX's upper error bar (NaN when unknown)
     * @param atBound   {@code lower} or {@code upper} when the fitted value ended at that bound (and was
     *                  left out of the covariance); null, and left out of the file, otherwise
     */
    @JsonPropertyOrder({"name", "value", "fit", "min", "max", "error", "errorLow", "errorHigh", "atBound"})
    public record Parameter(String name, double value, boolean fit, double min, double max, double error,
                            double errorLow, double errorHigh,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String atBound) {

        /** A parameter not at a bound. */
        public Parameter(String name, double value, boolean fit, double min, double max, double error,
                         double errorLow, double errorHigh) {
            this(name, value, fit, min, max, error, errorLow, errorHigh, null);
        }
    }

    /**
     * What traces the fit back to its inputs; unknown facts are null, never left out.
     *
     * @param evofitVersion         evofit's version
     * @param buildCommit           git commit of the build, or {@code unknown}
     * @param modelFile             absolute path of the model file, or null
     * @param modelSha256           SHA-256 of the model file, or null
     * @param modelRepositoryCommit HEAD commit of the model file's repository, or null
     * @param modelUncommitted      whether the model file differs from that commit, or null
     * @param repositoryUncommitted whether the repository has uncommitted changes, or null
     * @param jvm                   the Java runtime
     * @param os                    the operating system
     */
    @JsonPropertyOrder({"evofitVersion", "buildCommit", "modelFile", "modelSha256", "modelRepositoryCommit",
            "modelUncommitted", "repositoryUncommitted", "jvm", "os"})
    public record Provenance(String evofitVersion, String buildCommit, String modelFile, String modelSha256,
                             String modelRepositoryCommit, Boolean modelUncommitted, Boolean repositoryUncommitted,
                             Jvm jvm, Os os) {
    }

    /**
     * The Java runtime.
     *
     * @param version its version
     * @param vendor  its vendor
     */
    @JsonPropertyOrder({"version", "vendor"})
    public record Jvm(String version, String vendor) {
    }

    /**
     * The operating system.
     *
     * @param name its name
     * @param arch the CPU architecture
     */
    @JsonPropertyOrder({"name", "arch"})
    public record Os(String name, String arch) {
    }

    /** The text of result.json (written without databind's set-up, see {@link ResultJsonText}). */
    public String format() {
        return ResultJsonText.of(this);
    }

    /** Reads result.json. */
    public static ResultJson read(Path file) {
        return JsonFiles.read(JsonFiles.FINITE, file, ResultJson.class);
    }

    /** The result.json a JSON tree holds (a run directory already parsed). */
    public static ResultJson of(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            return JsonFiles.FINITE.treeToValue(tree, ResultJson.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a result.json: " + e.getMessage(), e);
        }
    }

    /** Parses result.json text; {@code file} only names it in messages. */
    public static ResultJson parse(Path file, String text) {
        return JsonFiles.parse(JsonFiles.FINITE, file, text, ResultJson.class);
    }
}
