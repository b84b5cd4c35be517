package org.evofit.core.de;

import java.util.SplittableRandom;
import org.evofit.core.optim.Objective;

/**
 * GenX's differential evolution, seeded and reproducible.
 *
 * <p>Each generation every member x_i gets a trial vector (see {@link Strategy}); all trials are
 * evaluated, in parallel on {@link DeExecution#threads()} threads; then, in member order, a trial
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
        return optimize(objective, settings, DeExecution.defaults(), listener, Checkpointing.NONE);
    }

    /** As {@link #optimize(Objective, DeSettings, GenerationListener)}, executed as {@code execution} says. */
    public static DeResult optimize(Objective objective, DeSettings settings, DeExecution execution,
                                    GenerationListener listener) {
        return optimize(objective, settings, execution, listener, Checkpointing.NONE);
    }

    /**
     * As {@link #optimize(Objective, DeSettings, DeExecution, GenerationListener, Checkpointing)} on
     * one thread with the default log capacity.
     */
    public static DeResult optimize(Objective objective, DeSettings settings, GenerationListener listener,
                                    Checkpointing checkpointing) {
        return optimize(objective, settings, DeExecution.defaults(), listener, checkpointing);
    }

    /**
     * Minimises the objective as {@link #optimize(Objective, DeSettings, GenerationListener)} does,
     * saving checkpoints as {@code checkpointing} says and, when it names one, continuing from a
     * checkpoint: the result is then the one the uninterrupted run would have given, bit for bit
     * (all but the seconds), and the listener's generation numbers go on from the checkpoint's.
     * When the thread is interrupted the last completed generation is saved and the best so far is
     * returned with {@link DeResult.StopReason#INTERRUPTED}.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another problem or settings
     */
    public static DeResult optimize(Objective objective, DeSettings settings, DeExecution execution,
                                    GenerationListener listener, Checkpointing checkpointing) {
        int runs = settings.restarts();
        int dim = objective.dimension();
        if (dim < 1) {
            throw new IllegalArgumentException("nothing to fit: no free parameters");
        }
        boolean screen = runs > 1 && settings.restartGenerations() > 0;
        int perRun = screen ? settings.restartGenerations() : settings.generationsFor(dim);
        int finalRun = screen ? settings.generationsFor(dim) : 0;
        int planned = runs * (perRun + 1) - 1 + finalRun;
        DeCheckpoint.Fingerprint fingerprint = DeCheckpoint.Fingerprint.of(objective, settings, execution.logCapacity());
        DeCheckpoint resume = checkpointing.resumeFrom();
        if (resume != null) {
            resume.fingerprint().requireSame(fingerprint);
        }
        Saver saver = new Saver(checkpointing, fingerprint, resume == null ? 0 : resume.generation());
        long started = System.nanoTime();
        int firstPhase = resume == null ? 0 : resume.phase();
        Run best = resume == null || resume.bestRun() == null ? null : restore(resume.bestRun());
        long evaluations = resume == null ? 0 : resume.evaluations() - resume.current().evaluations();
        int generations = resume == null ? 0 : resume.completedGenerations();
        boolean interrupted = false;
        for (int r = firstPhase; r < runs; r++) {
            long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
            int offset = r * (perRun + 1);
            GenerationListener shifted = runs == 1 ? listener
                    : shift(listener, offset, planned, evaluations, started);
            Phase phase = new Phase(saver, execution, r, offset, evaluations, generations, best,
                    !screen && r == runs - 1, r == firstPhase ? resume : null);
            Run run = single(objective, settings.withSeed(seed).withGenerations(perRun), shifted, null, phase);
            evaluations += run.result().evaluations();
            generations += run.result().generations();
            if (best == null || Population.better(run.result().bestFom(), best.result().bestFom())) {
                best = run;
            }
            if (run.result().stopReason() == DeResult.StopReason.INTERRUPTED) {
                interrupted = true;
                break;
            }
        }
        if (screen && !interrupted) {
            // The best screened run goes on from its population, on its own random stream.
            int offset = runs * (perRun + 1) - 1;
            GenerationListener shifted = shift(listener, offset, planned, evaluations, started);
            Phase phase = new Phase(saver, execution, runs, offset, evaluations, generations, null, true,
                    firstPhase == runs ? resume : null);
            long seed = best != null ? best.seed() : resume.current().seed();
            best = single(objective, settings.withSeed(seed).withGenerations(finalRun), shifted, best, phase);
            evaluations += best.result().evaluations();
            generations += best.result().generations();
            interrupted = best.result().stopReason() == DeResult.StopReason.INTERRUPTED;
        }
        DeResult r = best.result();
        return runs == 1 ? r : new DeResult(r.best(), r.bestFom(), generations, evaluations,
                seconds(started), r.history(), r.log(), interrupted ? DeResult.StopReason.INTERRUPTED : r.stopReason());
    }

    /** A run's result with the state another phase can continue from. */
    private record Run(DeResult result, Population population, long seed, int lastGeneration) {

        DeCheckpoint.RunState state() {
            Population p = population;
            double[][] members = new double[p.size()][];
            for (int i = 0; i < members.length; i++) {
                members[i] = p.members[i].clone();
            }
            return new DeCheckpoint.RunState(seed, lastGeneration - result.generations(), result.generations(),
                    result.evaluations(), result.stopReason(), members, p.foms.clone(), p.best.clone(), p.bestFom,
                    result.history().clone(), DeCheckpoint.LogEntries.of(result.log()));
        }
    }

    private static Run restore(DeCheckpoint.RunState s) {
        Population pop = restorePopulation(s);
        EvaluationLog log = s.log().restore();
        return new Run(new DeResult(pop.best.clone(), pop.bestFom, s.generation(), s.evaluations(), 0,
                s.history().clone(), log, s.stopReason()), pop, s.seed(), s.firstGeneration() + s.generation());
    }

    private static Population restorePopulation(DeCheckpoint.RunState s) {
        Population pop = new Population(s.members().length, s.best().length);
        for (int i = 0; i < s.members().length; i++) {
            System.arraycopy(s.members()[i], 0, pop.members[i], 0, pop.dimension());
        }
        System.arraycopy(s.foms(), 0, pop.foms, 0, pop.size());
        System.arraycopy(s.best(), 0, pop.best, 0, pop.dimension());
        pop.bestFom = s.bestFom();
        return pop;
    }

    /**
     * Where a run sits in the whole optimisation: what a checkpoint taken during it must also hold,
     * and the checkpoint it resumes from, if any.
     */
    private record Phase(Saver saver, DeExecution execution, int index, int offset, long evaluationsBefore,
                         int generationsBefore,
                         Run bestRun, boolean last, DeCheckpoint resume) {
    }

    /** Decides when a checkpoint is due and hands it to the sink. */
    private static final class Saver {
        private final Checkpointing checkpointing;
        private final DeCheckpoint.Fingerprint fingerprint;
        private int lastGeneration;
        private long lastNanos = System.nanoTime();

        Saver(Checkpointing checkpointing, DeCheckpoint.Fingerprint fingerprint, int generation) {
            this.checkpointing = checkpointing;
            this.fingerprint = fingerprint;
            this.lastGeneration = generation;
        }

        boolean due(int generation) {
            if (checkpointing.sink() == null) {
                return false;
            }
            int every = checkpointing.everyGenerations();
            return every > 0 && generation - lastGeneration >= every
                    || checkpointing.timed() && System.nanoTime() - lastNanos >= checkpointing.every().toNanos();
        }

        void save(DeCheckpoint checkpoint) {
            if (checkpointing.sink() == null) {
                return;
            }
            checkpointing.sink().save(checkpoint);
            lastGeneration = checkpoint.generation();
            lastNanos = System.nanoTime();
        }
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
     * One run from the settings' seed: a new population, (with {@code from}) the continuation of an
     * earlier run for {@code settings.generations()} more generations, or (with the phase's
     * checkpoint) the rest of a run.
     */
    private static Run single(Objective objective, DeSettings settings, GenerationListener listener, Run from,
                              Phase phase) {
        int dim = objective.dimension();
        double[] lower = objective.lower();
        double[] upper = objective.upper();
        int n = settings.populationFor(dim);
        int maxGenerations = settings.generationsFor(dim);
        long started = System.nanoTime();
        DeCheckpoint resume = phase.resume();
        DeCheckpoint.RunState state = resume == null ? null : resume.current();

        Population pop;
        EvaluationLog log;
        int firstGeneration;
        if (state != null) {
            pop = restorePopulation(state);
            log = state.log().restore();
            firstGeneration = state.firstGeneration();
        } else {
            pop = from == null ? new Population(n, dim) : from.population();
            log = from == null ? new EvaluationLog(dim, phase.execution().logCapacity()) : from.result().log();
            firstGeneration = from == null ? 0 : from.lastGeneration();
        }
        TrialMaker maker = new TrialMaker(settings, lower, upper);
        JadeAdaptation jade = new JadeAdaptation(settings.km(), settings.kr(), n);
        SimplexPolish simplex = new SimplexPolish(lower, upper);
        double[][] trials = new double[n][dim];
        double[] trialFoms = new double[n];
        double[] history = new double[maxGenerations + 1];
        long evaluations = 0;
        int generation = 0;
        DeResult.StopReason reason = null;
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

        try (ParallelEvaluation evaluation = new ParallelEvaluation(objective, phase.execution().threads())) {
            if (state == null) {
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
                DeResult.StopReason ending = maxGenerations > 0 ? null : DeResult.StopReason.MAX_GENERATIONS;
                reason = boundary(phase, ending, settings.seed(), firstGeneration, 0, evaluations, pop, history, log,
                        jade, trials);
            }

            while (reason == null) {
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
                DeResult.StopReason ending = settings.minSpread() > 0 && spread < settings.minSpread()
                        ? DeResult.StopReason.MIN_SPREAD
                        : generation >= maxGenerations ? DeResult.StopReason.MAX_GENERATIONS : null;
                reason = boundary(phase, ending, settings.seed(), firstGeneration, generation, evaluations, pop,
                        history, log, jade, trials);
            }
        }
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
    private static DeResult.StopReason boundary(Phase phase, DeResult.StopReason ending, long seed,
                                                int firstGeneration, int generation, long evaluations,
                                                Population pop, double[] history, EvaluationLog log,
                                                JadeAdaptation jade, double[][] trials) {
        boolean interrupt = !(ending != null && phase.last()) && Thread.currentThread().isInterrupted();
        int global = phase.offset() + generation;
        if (interrupt || phase.saver().due(global)) {
            double[][] members = new double[pop.size()][];
            double[][] lastTrials = new double[trials.length][];
            for (int i = 0; i < members.length; i++) {
                members[i] = pop.members[i].clone();
                lastTrials[i] = trials[i].clone();
            }
            double[] soFar = new double[generation + 1];
            System.arraycopy(history, 0, soFar, 0, generation + 1);
            DeCheckpoint.RunState current = new DeCheckpoint.RunState(seed, firstGeneration, generation, evaluations,
                    ending, members, pop.foms.clone(), pop.best.clone(), pop.bestFom, soFar,
                    DeCheckpoint.LogEntries.of(log));
            phase.saver().save(new DeCheckpoint(phase.saver().fingerprint, phase.index(), global,
                    phase.evaluationsBefore() + evaluations, phase.generationsBefore(), current,
                    phase.bestRun() == null ? null : phase.bestRun().state(), jade.state(), lastTrials));
        }
        return interrupt ? DeResult.StopReason.INTERRUPTED : ending;
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
