package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.core.fit.GaussianLikelihood;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.core.fit.SamplingLikelihood;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.EnsembleSampler;
import org.evofit.core.mcmc.ParameterPosterior;
import org.evofit.core.mcmc.Posterior;
import org.evofit.core.mcmc.PosteriorAnalysis;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.core.mcmc.StepListener;
import org.evofit.core.optim.HelperCpu;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * {@code evofit bench --sample}: effective samples per second per parameter of the posterior sampler
 * on a model (default: the X-ray example), on 1 and 2 threads. The model is fitted first with its own
 * optimizer settings (on all cores; not timed), and each run samples from that optimum with the same
 * seed and the default moves (adaptive), so the chains are identical and only the wall-clock time
 * differs. ESS is walkers x steps after the burn-in / tau per parameter; a chain too short for its tau
 * is flagged, because its ESS is then an estimate of little weight. ESS per CPU-second (the sampling
 * threads' CPU time) is given too: on a machine shared with other work the wall-clock rate
 * measures the process's share of the cores as much as the sampler.
 */
final class SampleBench {

    /**
     * One measured run.
     *
     * @param model      the model file
     * @param threads    threads evaluating the walkers
     * @param walkers    walkers
     * @param steps      steps
     * @param seconds    wall-clock seconds of the sampling
     * @param cpuSeconds the sampling threads' CPU seconds
     * @param evalsPerSecond likelihood evaluations per second
     * @param essPerSecond   effective samples per second, per parameter
     * @param names      the sampled parameters
     * @param tooShort   whether the chain was too short for its autocorrelation time
     */
    record SampleCase(String model, int threads, int walkers, int steps, double seconds, double cpuSeconds,
                      double evalsPerSecond, double[] essPerSecond, List<String> names, boolean tooShort) {

        double worst() {
            return Arrays.stream(essPerSecond).min().orElse(Double.NaN);
        }

        double median() {
            double[] sorted = essPerSecond.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        /** ESS per CPU-second of the worst parameter: the same ESS over the CPU time. */
        double worstPerCpuSecond() {
            return worst() * seconds / cpuSeconds;
        }

        /** ESS per CPU-second of the median parameter. */
        double medianPerCpuSecond() {
            return median() * seconds / cpuSeconds;
        }
    }

    private SampleBench() {
    }

    /** Fits {@code file}, then samples on 1 and 2 threads for {@code steps} steps. */
    static List<SampleCase> measure(Path file, int steps) {
        ModelDefinition def = ModelFiles.load(file);
        FitResult fit = Fitter.fit(def.problem(), def.settings().withThreads(Runtime.getRuntime().availableProcessors()),
                GenerationListener.NONE);
        double[] optimum = fit.parameters().stream().filter(ParameterEstimate::fit)
                .mapToDouble(ParameterEstimate::value).toArray();
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(def.problem(), optimum);
        int dim = likelihood.names().size();
        int walkers = Math.max(32, 2 * dim);
        SamplerSettings settings = new SamplerSettings(walkers, steps, -1, 1, 1);
        List<SampleCase> cases = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            double cpuStarted = samplerCpuSeconds();
            long started = System.nanoTime();
            Chain chain = EnsembleSampler.run(likelihood.objective(), settings, threads, likelihood.start(),
                    StepListener.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = samplerCpuSeconds() - cpuStarted;
            Posterior posterior = PosteriorAnalysis.of(chain, settings, likelihood.names());
            double[] essPerSecond = posterior.parameters().stream().mapToDouble(ParameterPosterior::ess)
                    .map(e -> e / seconds).toArray();
            cases.add(new SampleCase(file.toString(), threads, walkers, steps, seconds, cpuSeconds,
                    (double) walkers * (steps + 1) / seconds, essPerSecond, likelihood.names(),
                    !posterior.warnings().isEmpty()));
        }
        return cases;
    }

    /**
     * The CPU time of the sampling's threads so far, in seconds: this thread's and what the threads evaluating
     * walkers beside it spent for it ({@link HelperCpu}), to the nanosecond: the process's CPU time ticks in
     * hundredths of a second, longer than a short run.
     */
    private static double samplerCpuSeconds() {
        return HelperCpu.withHelpers() / 1e9;
    }

    /** Adds the cases to the JSON and the table. */
    static void add(ObjectNode root, StringBuilder table, List<SampleCase> cases) {
        ArrayNode array = root.putArray("sample");
        table.append("posterior sampling (effective samples per second)\n");
        table.append(String.format(Locale.ROOT, "%-40s %7s %8s %7s %10s %10s %14s %12s %12s %16s%n", "model", "threads",
                "walkers", "steps", "seconds", "cpu s", "evals/s", "ESS/s worst", "ESS/s median", "ESS/cpu-s w/med"));
        for (SampleCase c : cases) {
            ObjectNode n = array.addObject();
            n.put("model", c.model());
            n.put("threads", c.threads());
            n.put("walkers", c.walkers());
            n.put("steps", c.steps());
            n.put("seconds", c.seconds());
            n.put("cpuSeconds", c.cpuSeconds());
            n.put("evalsPerSecond", c.evalsPerSecond());
            n.put("essPerSecondWorst", c.worst());
            n.put("essPerSecondMedian", c.median());
            n.put("essPerCpuSecondWorst", c.worstPerCpuSecond());
            n.put("essPerCpuSecondMedian", c.medianPerCpuSecond());
            n.put("chainTooShort", c.tooShort());
            ObjectNode per = n.putObject("essPerSecond");
            for (int d = 0; d < c.names().size(); d++) {
                per.put(c.names().get(d), c.essPerSecond()[d]);
            }
            table.append(String.format(Locale.ROOT, "%-40s %7d %8d %7d %10.1f %10.1f %14s %12.1f %12.1f %16s%s%n",
                    c.model(), c.threads(), c.walkers(), c.steps(), c.seconds(), c.cpuSeconds(),
                    Format.rate(c.evalsPerSecond()), c.worst(), c.median(), String.format(Locale.ROOT, "%.1f/%.1f",
                            c.worstPerCpuSecond(), c.medianPerCpuSecond()),
                    c.tooShort() ? "  (chain shorter than 50 tau: ESS uncertain)" : ""));
        }
    }
}
