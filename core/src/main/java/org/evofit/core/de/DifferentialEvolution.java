package org.evofit.core.de;

import java.util.SplittableRandom;
import org.evofit.core.fit.Objective;

/**
 * GenX's differential evolution, seeded and reproducible.
 *
 * <p>Each generation every member x_i gets a trial vector (see {@link Strategy}); all trials are
 * evaluated, in parallel on {@link DeSettings#threads()} threads; then, in member order, a trial
 * replaces its member when its figure of merit is lower. Trials are made from the population of the
 * previous generation with one random stream per generation, and selection runs in a fixed order, so
 * the same seed gives the same result bit for bit whatever the thread count.
 *
 * <pre>{@code
 * DeResult r = DifferentialEvolution.optimize(objective, DeSettings.defaults().withSeed(7),
 *         report -> System.out.println(report.generation() + " " + report.bestFom()));
 * }</pre>
 */
public final class DifferentialEvolution {

    private DifferentialEvolution() {
    }

    /**
     * Minimises the objective; the listener hears about every generation. With
     * {@link DeSettings#restarts()} above 1 the run is repeated from derived seeds (run 0 uses the
     * seed itself) and the best run's result is returned, with the counts of all runs; generation
     * numbers in the reports run on across restarts.
     */
    public static DeResult optimize(Objective objective, DeSettings settings, GenerationListener listener) {
        int runs = settings.restarts();
        int dim = objective.dimension();
        boolean screen = runs > 1 && settings.restartGenerations() > 0;
        int perRun = screen ? settings.restartGenerations() : settings.generationsFor(dim);
        int finalRun = screen ? settings.generationsFor(dim) : 0;
        int planned = runs * (perRun + 1) - 1 + finalRun;
        long started = System.nanoTime();
        Run best = null;
        long evaluations = 0;
        int generations = 0;
        for (int r = 0; r < runs; r++) {
            long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
            GenerationListener shifted = runs == 1 ? listener
                    : shift(listener, r * (perRun + 1), planned, evaluations, started);
            Run run = single(objective, settings.withSeed(seed).withGenerations(perRun), shifted, null);
            evaluations += run.result().evaluations();
            generations += run.result().generations();
            if (best == null || Population.better(run.result().bestFom(), best.result().bestFom())) {
                best = run;
            }
            if (run.result().stopReason() == DeResult.StopReason.INTERRUPTED) {
                break;
            }
        }
        if (screen && best.result().stopReason() != DeResult.StopReason.INTERRUPTED) {
            // The best screened run goes on from its population, on its own random stream.
            GenerationListener shifted = shift(listener, runs * (perRun + 1) - 1, planned, evaluations, started);
            best = single(objective, settings.withSeed(best.seed()).withGenerations(finalRun), shifted, best);
            evaluations += best.result().evaluations();
            generations += best.result().generations();
        }
        DeResult r = best.result();
        return runs == 1 ? r : new DeResult(r.best(), r.bestFom(), generations, evaluations,
                seconds(started), r.history(), r.log(), r.stopReason());
    }

    /** A run's result with the state another phase can continue from. */
    private record Run(DeResult result, Population population, long seed, int lastGeneration) {
    }

    private static GenerationListener shift(GenerationListener listener, int offset, int planned,
                                            long evaluationsBefore, long started) {
        return report -> listener.generationDone(new GenerationReport(report.generation() + offset, planned,
                report.bestFom(), report.spread(), report.evaluations() + evaluationsBefore,
                (report.evaluations() + evaluationsBefore) / seconds(started), seconds(started)));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * One run from the settings' seed: a new population, or (with {@code from}) the continuation of
     * an earlier run for {@code settings.generations()} more generations.
     */
    private static Run single(Objective objective, DeSettings settings, GenerationListener listener, Run from) {
        int dim = objective.dimension();
        if (dim < 1) {
            throw new IllegalArgumentException("nothing to fit: no free parameters");
        }
        double[] lower = objective.lower();
        double[] upper = objective.upper();
        int n = settings.populationFor(dim);
        int maxGenerations = settings.generationsFor(dim);
        long started = System.nanoTime();

        Population pop = from == null ? new Population(n, dim) : from.population();
        EvaluationLog log = from == null ? new EvaluationLog(dim, settings.logCapacity()) : from.result().log();
        int firstGeneration = from == null ? 0 : from.lastGeneration();
        TrialMaker maker = new TrialMaker(settings, lower, upper);
        JadeAdaptation jade = new JadeAdaptation(settings.km(), settings.kr(), n);
        SimplexPolish simplex = new SimplexPolish(lower, upper);
        double[][] trials = new double[n][dim];
        double[] trialFoms = new double[n];
        double[] history = new double[maxGenerations + 1];
        long evaluations = 0;
        int generation = 0;
        DeResult.StopReason reason = DeResult.StopReason.MAX_GENERATIONS;

        try (ParallelEvaluation evaluation = new ParallelEvaluation(objective, settings.threads())) {
            if (from == null) {
                initialise(pop, objective.start(), settings.useStartGuess(), settings.startSpread(), lower, upper,
                        RandomStreams.forGeneration(settings.seed(), 0));
                evaluation.evaluate(pop.members, pop.foms);
                evaluations += n;
                for (int i = 0; i < n; i++) {
                    log.add(pop.members[i], pop.foms[i]);
                }
                int b = pop.bestIndex();
                pop.bestFom = pop.foms[b];
                System.arraycopy(pop.members[b], 0, pop.best, 0, dim);
            }
            history[0] = pop.bestFom;
            report(listener, 0, maxGenerations, pop, lower, upper, evaluations, started);

            while (generation < maxGenerations) {
                if (Thread.currentThread().isInterrupted()) {
                    reason = DeResult.StopReason.INTERRUPTED;
                    break;
                }
                generation++;
                SplittableRandom rng = RandomStreams.forGeneration(settings.seed(), firstGeneration + generation);
                if (settings.strategy() == Strategy.JADE_BEST) {
                    jade.startGeneration(rng);
                }
                if (settings.strategy() == Strategy.SIMPLEX_BEST_1_BIN
                        && generation % SimplexPolish.INTERVAL == 0) {
                    evaluations += simplex.polish(pop, trials, evaluation.first(), maker, rng, log);
                }
                for (int i = 0; i < n; i++) {
                    maker.make(pop, i, rng, jade, log, trials[i]);
                }
                evaluation.evaluate(trials, trialFoms);
                evaluations += n;
                for (int i = 0; i < n; i++) {
                    if (pop.offer(i, trials[i], trialFoms[i]) && settings.strategy() == Strategy.JADE_BEST) {
                        jade.success(i);
                    }
                    log.add(trials[i], trialFoms[i]);
                }
                history[generation] = pop.bestFom;
                double spread = report(listener, generation, maxGenerations, pop, lower, upper,
                        evaluations, started);
                if (settings.minSpread() > 0 && spread < settings.minSpread()) {
                    reason = DeResult.StopReason.MIN_SPREAD;
                    break;
                }
            }
        }
        double[] trimmed = new double[generation + 1];
        System.arraycopy(history, 0, trimmed, 0, generation + 1);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(new DeResult(pop.best.clone(), pop.bestFom, generation, evaluations, seconds, trimmed,
                log, reason), pop, settings.seed(), firstGeneration + generation);
    }

    private static void initialise(Population pop, double[] start, boolean useStart, double spread,
                                   double[] lower, double[] upper, SplittableRandom rng) {
        for (double[] m : pop.members) {
            for (int d = 0; d < m.length; d++) {
                if (spread > 0) {
                    double half = spread * (upper[d] - lower[d]) / 2;
                    double lo = Math.max(lower[d], start[d] - half);
                    double hi = Math.min(upper[d], start[d] + half);
                    m[d] = lo + rng.nextDouble() * (hi - lo);
                } else {
                    m[d] = lower[d] + rng.nextDouble() * (upper[d] - lower[d]);
                }
            }
        }
        if (useStart) {
            System.arraycopy(start, 0, pop.members[0], 0, start.length);
        }
    }

    private static double report(GenerationListener listener, int generation, int maxGenerations,
                                 Population pop, double[] lower, double[] upper, long evaluations,
                                 long started) {
        double spread = pop.spread(lower, upper);
        double elapsed = (System.nanoTime() - started) / 1e9;
        listener.generationDone(new GenerationReport(generation, maxGenerations, pop.bestFom, spread,
                evaluations, elapsed > 0 ? evaluations / elapsed : 0, elapsed));
        return spread;
    }
}
