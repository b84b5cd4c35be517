package org.evofit.wrapper.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evofit.core.fit.GaussianLikelihood;
import org.evofit.core.fit.SamplingLikelihood;
import org.evofit.core.input.InputFileException;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.EnsembleSampler;
import org.evofit.core.mcmc.Posterior;
import org.evofit.core.mcmc.PosteriorAnalysis;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.core.mcmc.StepListener;
import org.evofit.core.optim.Objective;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * The one way a model's posterior is sampled: the likelihood from the data's errors (with an error
 * scale for data without, see {@link GaussianLikelihood#forSampling}), the walkers
 * started in a small ball around a start vector (the model's values, a finished run's, or a fit just
 * made), a checkpoint ({@value #CHECKPOINT} in the output directory) saved every
 * {@code checkpointEvery} and resumed from when present, and the result files written all at once
 * when the chain is complete. A run resumed after a kill, even SIGKILL, writes the same chain bit for
 * bit as an uninterrupted one.
 *
 * <pre>{@code
 * SampleRun run = Sampling.of(SamplerSettings.defaults().withSeed(1)).withThreads(2)
 *         .run(model, start, Path.of("out"));
 * System.out.print(run.table());
 * }</pre>
 *
 * @param settings        what the sampler computes
 * @param threads         threads evaluating the walkers (never changes the chain)
 * @param checkpointEvery how often the chain so far is saved; zero saves after every step
 * @param listener        hears of every step (on the sampling thread), after the checkpoint
 * @param checkpoints     where the checkpoint is kept; {@code null} for {@value #CHECKPOINT} in the output
 *                        directory
 */
public record Sampling(SamplerSettings settings, int threads, Duration checkpointEvery, StepListener listener,
                       ChainLogStore checkpoints) {

    /** The checkpoint's name in the output directory: the chain so far, an append-only {@link ChainLog}. */
    public static final String CHECKPOINT = "chain.checkpoint";

    /** Sampling on one thread, checkpointed every 10 s, with no listener. */
    public static Sampling of(SamplerSettings settings) {
        return new Sampling(settings, 1, Duration.ofSeconds(10), StepListener.NONE, null);
    }

    /** This sampling on another number of threads. */
    public Sampling withThreads(int n) {
        return new Sampling(settings, n, checkpointEvery, listener, checkpoints);
    }

    /** This sampling checkpointed at another interval. */
    public Sampling withCheckpointEvery(Duration every) {
        return new Sampling(settings, threads, every, listener, checkpoints);
    }

    /** This sampling with another listener. */
    public Sampling listening(StepListener l) {
        return new Sampling(settings, threads, checkpointEvery, l, checkpoints);
    }

    /**
     * This sampling checkpointed into {@code store} instead of the output directory (a cluster worker's
     * run store, so that whichever worker takes the run next goes on from it).
     */
    public Sampling withCheckpoints(ChainLogStore store) {
        return new Sampling(settings, threads, checkpointEvery, listener, store);
    }

    /**
     * Samples {@code model}'s posterior around {@code start} (one value per free parameter) and writes
     * the files into {@code dir} — unless interrupted, when only the checkpoint is there.
     *
     * @throws InputFileException naming the data file when its error column holds an error that is not
     *                            a positive finite number
     * @throws IllegalArgumentException when the settings do not fit the model
     */
    public SampleRun run(ModelDefinition model, double[] start, Path dir) {
        SamplingLikelihood sampled = likelihood(model, start);
        Objective likelihood = sampled.objective();
        List<String> names = sampled.names();
        ChainLogStore store = checkpoints != null ? checkpoints : ChainLogStore.file(dir.resolve(CHECKPOINT));
        Chain chain;
        int resumed = 0;
        int savedRows = 0;
        long savedBytes = 0;
        ChainLog saved = store.read(settings.steps() + 1);
        if (saved != null && saved.seed() == settings.seed() && saved.proposals().equals(settings.proposals())
                && saved.names().equals(names)
                && saved.chain().walkers() == settings.walkers() && saved.chain().rows() > 0) {
            chain = saved.chain();
            resumed = chain.steps();
            savedRows = chain.rows();
            savedBytes = saved.validBytes();
            store.resumed(resumed);
        } else {
            chain = EnsembleSampler.startAround(likelihood, settings, sampled.start(), threads);
        }
        Checkpointer checkpointer = new Checkpointer(store, settings.seed(), settings.proposals(), names, checkpointEvery,
                savedRows, savedBytes);
        EnsembleSampler.advance(likelihood, settings, threads, chain, c -> {
            checkpointer.onStep(c);
            listener.onStep(c);
        });
        if (chain.steps() < settings.steps()) {
            checkpointer.save(chain);
            return new SampleRun(names, settings, chain, null, resumed, sampled.errorModel());
        }
        Posterior posterior = PosteriorAnalysis.of(chain, settings, names);
        SampleRun run = new SampleRun(names, settings, chain, posterior, resumed, sampled.errorModel());
        SampleFiles.write(dir, run);
        AtomicFiles.removeStaging(dir);
        store.discard();
        return run;
    }

    /** The likelihood, its refusal of bad errors located in the data file. */
    private static SamplingLikelihood likelihood(ModelDefinition model, double[] start) {
        try {
            return GaussianLikelihood.forSampling(model.problem(), start);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(fileOfRefusal(model, e.getMessage()), 0, 0, e.getMessage());
        }
    }

    /** The data file of the data set the refusal names, or the model file when the data came from it. */
    private static String fileOfRefusal(ModelDefinition model, String message) {
        List<DataSource> sources = model.dataSources();
        for (int i = 0; i < sources.size() && i < model.problem().dataSets().size(); i++) {
            String prefix = "data set " + model.problem().dataSets().get(i).name();
            boolean named = message.startsWith(prefix + " ") || message.startsWith(prefix + ":");
            if (named && sources.get(i).file() != null) {
                return model.fileNames().of(sources.get(i).file());
            }
        }
        return String.valueOf(model.sourceName());
    }
}
