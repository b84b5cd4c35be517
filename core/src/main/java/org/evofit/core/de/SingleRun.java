package org.evofit.core.de;

import java.util.SplittableRandom;
import org.evofit.core.de.DifferentialEvolution.Phase;
import org.evofit.core.de.DifferentialEvolution.Run;
import org.evofit.core.optim.Objective;
import org.evofit.core.optim.ParallelEvaluation;
import org.evofit.core.optim.RandomStreams;

/**
 * One run of differential evolution from the settings' seed: a new population, the continuation of
 * an earlier run, or the rest of a run saved in the phase's checkpoint; advanced one generation at
 * a time until a stop reason is found, checkpointing at generation boundaries.
 */
final class SingleRun {

    private final Objective objective;
    private final DeSettings settings;
    private final GenerationListener listener;
    private final Phase phase;
    private final double[] lower;
    private final double[] upper;
    private final int n;
    private final int maxGenerations;
    private final long started = System.nanoTime();
    private final boolean resumed;

    private final Population pop;
    private final EvaluationLog log;
    private final int firstGeneration;
    private final TrialMaker maker;
    private final JadeAdaptation jade;
    private final SimplexPolish simplex;
    private final double[][] trials;
    private final double[] trialFoms;
    private final double[] history;
    private long evaluations;
    private int generation;
    private DeResult.StopReason reason;

    private SingleRun(Objective objective, DeSettings settings, GenerationListener listener, Run from, Phase phase) {
        this.objective = objective;
        this.settings = settings;
        this.listener = listener;
        this.phase = phase;
        int dim = objective.dimension();
        lower = objective.lower();
        upper = objective.upper();
        n = settings.populationFor(dim);
        maxGenerations = settings.generationsFor(dim);
        DeCheckpoint resume = phase.resume();
        DeCheckpoint.RunState state = resume == null ? null : resume.current();
        resumed = state != null;
        if (state != null) {
            pop = DifferentialEvolution.restorePopulation(state);
            log = EvaluationLog.restore(state.log());
            firstGeneration = state.firstGeneration();
        } else {
            pop = from == null ? new Population(n, dim) : from.population();
            log = from == null ? new EvaluationLog(dim, phase.execution().logCapacity()) : from.result().log();
            firstGeneration = from == null ? 0 : from.lastGeneration();
        }
        maker = new TrialMaker(settings, lower, upper);
        jade = new JadeAdaptation(settings.km(), settings.kr(), n);
        simplex = new SimplexPolish(lower, upper);
        trials = new double[n][dim];
        trialFoms = new double[n];
        history = new double[maxGenerations + 1];
        if (state != null) {
            jade.restore(resume.jade());
            for (int i = 0; i < n; i++) {
                System.arraycopy(resume.lastTrials()[i], 0, trials[i], 0, dim);
            }
            System.arraycopy(state.history(), 0, history, 0, state.history().length);
            evaluations = state.evaluations();
            generation = state.generation();
            reason = state.stopReason();
        }
    }

    /**
     * Runs to the end: with {@code from}, the continuation of that run for
     * {@code settings.generations()} more generations; with the phase's checkpoint, the rest of the
     * saved run; otherwise a new population.
     */
    static Run run(Objective objective, DeSettings settings, GenerationListener listener, Run from, Phase phase) {
        SingleRun run = new SingleRun(objective, settings, listener, from, phase);
        try (ParallelEvaluation evaluation = new ParallelEvaluation(objective, phase.execution().threads())) {
            if (!run.resumed) {
                run.generationZero(evaluation, from == null);
            }
            while (run.reason == null) {
                run.nextGeneration(evaluation);
            }
        }
        return run.result();
    }

    /** Generation 0: the initial population (unless continuing one), reported and checkpointed. */
    private void generationZero(ParallelEvaluation evaluation, boolean fresh) {
        if (fresh) {
            initialise(RandomStreams.forGeneration(settings.seed(), 0));
            evaluation.evaluate(pop.members, pop.foms);
            evaluations += n;
            for (int i = 0; i < n; i++) {
                log.add(pop.members[i], pop.foms[i]);
            }
            int b = pop.bestIndex();
            pop.bestFom = pop.foms[b];
            System.arraycopy(pop.members[b], 0, pop.best, 0, pop.dimension());
        }
        history[0] = pop.bestFom;
        report();
        reason = boundary(maxGenerations > 0 ? budget() : DeResult.StopReason.MAX_GENERATIONS);
    }

    /** One generation: trials from the previous population, evaluated, then selected in member order. */
    private void nextGeneration(ParallelEvaluation evaluation) {
        generation++;
        SplittableRandom rng = RandomStreams.forGeneration(settings.seed(), firstGeneration + generation);
        if (settings.strategy() == Strategy.JADE_BEST) {
            jade.startGeneration(rng);
        }
        if (settings.strategy() == Strategy.SIMPLEX_BEST_1_BIN && generation % SimplexPolish.INTERVAL == 0) {
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
        double spread = report();
        DeResult.StopReason ending = settings.minSpread() > 0 && spread < settings.minSpread()
                ? DeResult.StopReason.MIN_SPREAD
                : generation >= maxGenerations || phase.drop().drops(generation, pop.bestFom)
                ? DeResult.StopReason.MAX_GENERATIONS : budget();
        reason = boundary(ending);
    }

    /** CPU_BUDGET when the listener says the budget is spent, else null (go on). */
    private DeResult.StopReason budget() {
        return listener.budgetSpent() ? DeResult.StopReason.CPU_BUDGET : null;
    }

    private Run result() {
        double[] trimmed = new double[generation + 1];
        System.arraycopy(history, 0, trimmed, 0, generation + 1);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(new DeResult(pop.best.clone(), pop.bestFom, generation, evaluations, seconds, trimmed,
                log, reason), pop, settings.seed(), firstGeneration + generation);
    }

    /**
     * At the end of a generation: saves a checkpoint when one is due or the thread was interrupted,
     * and says whether the run ends ({@code ending}, INTERRUPTED, or {@code null} to go on). An
     * interrupt after the last generation of the last phase changes nothing: the work is done.
     */
    private DeResult.StopReason boundary(DeResult.StopReason ending) {
        boolean interrupt = !(ending != null && phase.last()) && Thread.currentThread().isInterrupted();
        int global = phase.offset() + generation;
        if (interrupt || phase.saver().due(global, evaluationsInAll())) {
            phase.saver().save(() -> checkpoint(ending, global));
        }
        return interrupt ? DeResult.StopReason.INTERRUPTED : ending;
    }

    /** Evaluations of every phase so far, this run's included. */
    private long evaluationsInAll() {
        return phase.evaluationsBefore() + evaluations;
    }

    private DeCheckpoint checkpoint(DeResult.StopReason ending, int global) {
        double[][] members = new double[pop.size()][];
        double[][] lastTrials = new double[trials.length][];
        for (int i = 0; i < members.length; i++) {
            members[i] = pop.members[i].clone();
            lastTrials[i] = trials[i].clone();
        }
        double[] soFar = new double[generation + 1];
        System.arraycopy(history, 0, soFar, 0, generation + 1);
        DeCheckpoint.RunState current = new DeCheckpoint.RunState(settings.seed(), firstGeneration, generation,
                evaluations, ending, members, pop.foms.clone(), pop.best.clone(), pop.bestFom, soFar,
                log.snapshot());
        return new DeCheckpoint(phase.saver().fingerprint(), phase.index(), global, evaluationsInAll(),
                phase.generationsBefore(), current, phase.bestRun() == null ? null : phase.bestRun().state(),
                jade.state(), lastTrials);
    }

    private void initialise(SplittableRandom rng) {
        double[] start = objective.start();
        double spread = settings.startSpread();
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
        if (settings.useStartGuess()) {
            System.arraycopy(start, 0, pop.members[0], 0, start.length);
        }
    }

    private double report() {
        double spread = pop.spread(lower, upper);
        double elapsed = (System.nanoTime() - started) / 1e9;
        listener.generationDone(new GenerationReport(generation, maxGenerations, pop.bestFom, spread,
                evaluations, elapsed > 0 ? evaluations / elapsed : 0, elapsed));
        return spread;
    }
}
