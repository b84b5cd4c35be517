package org.evofit.core.de;

import java.util.function.Supplier;

import org.evofit.core.optim.Objective;
import org.evofit.core.optim.RandomStreams;

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
        boolean screen = settings.screened();
        int perRun = screen ? settings.restartGenerations() : settings.generationsFor(dim);
        int finalRun = screen ? settings.generationsFor(dim) : 0;
        int planned = (int) settings.plannedGenerations(dim);
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
        // INTERRUPTED or CPU_BUDGET when a phase was cut short: no later restart or final run is made.
        DeResult.StopReason cut = null;
        for (int r = firstPhase; r < runs && cut == null; r++) {
            long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
            int offset = r * (perRun + 1);
            GenerationListener shifted = runs == 1 ? listener
                    : shift(listener, offset, planned, evaluations, started);
            Phase phase = new Phase(saver, execution, r, offset, evaluations, generations, best,
                    !screen && r == runs - 1, r == firstPhase ? resume : null, Drop.of(settings, best));
            Run run = SingleRun.run(objective, settings.withSeed(seed).withGenerations(perRun), shifted, null, phase);
            evaluations += run.result().evaluations();
            generations += run.result().generations();
            if (best == null || Population.better(run.result().bestFom(), best.result().bestFom())) {
                best = run;
            }
            DeResult.StopReason stop = run.result().stopReason();
            cut = stop == DeResult.StopReason.INTERRUPTED || stop == DeResult.StopReason.CPU_BUDGET ? stop : null;
        }
        if (screen && cut == null) {
            // The best screened run goes on from its population, on its own random stream.
            int offset = runs * (perRun + 1) - 1;
            GenerationListener shifted = shift(listener, offset, planned, evaluations, started);
            Phase phase = new Phase(saver, execution, runs, offset, evaluations, generations, null, true,
                    firstPhase == runs ? resume : null, Drop.NONE);
            long seed = best != null ? best.seed() : resume.current().seed();
            best = SingleRun.run(objective, settings.withSeed(seed).withGenerations(finalRun), shifted, best, phase);
            evaluations += best.result().evaluations();
            generations += best.result().generations();
        }
        DeResult r = best.result();
        return runs == 1 ? r : new DeResult(r.best(), r.bestFom(), generations, evaluations,
                seconds(started), r.history(), r.log(), cut != null ? cut : r.stopReason());
    }

    /** A run's result with the state another phase can continue from. */
    record Run(DeResult result, Population population, long seed, int lastGeneration) {

        DeCheckpoint.RunState state() {
            Population p = population;
            double[][] members = new double[p.size()][];
            for (int i = 0; i < members.length; i++) {
                members[i] = p.members[i].clone();
            }
            return new DeCheckpoint.RunState(seed, lastGeneration - result.generations(), result.generations(),
                    result.evaluations(), result.stopReason(), members, p.foms.clone(), p.best.clone(), p.bestFom,
                    result.history().clone(), result.log().snapshot());
        }
    }

    private static Run restore(DeCheckpoint.RunState s) {
        Population pop = restorePopulation(s);
        EvaluationLog log = EvaluationLog.restore(s.log());
        return new Run(new DeResult(pop.best.clone(), pop.bestFom, s.generation(), s.evaluations(), 0,
                s.history().clone(), log, s.stopReason()), pop, s.seed(), s.firstGeneration() + s.generation());
    }

    static Population restorePopulation(DeCheckpoint.RunState s) {
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
     * the checkpoint it resumes from, if any, and when it is dropped.
     */
    record Phase(Saver saver, DeExecution execution, int index, int offset, long evaluationsBefore,
                         int generationsBefore,
                         Run bestRun, boolean last, DeCheckpoint resume, Drop drop) {
    }

    /**
     * When a screened restart is dropped: at generation {@code at} of the run (0: never), if its best
     * figure of merit is then worse than {@code above}, the best restart so far's at that generation.
     * Both come from the best finished run, which a checkpoint holds, so a resumed run drops as the
     * uninterrupted one would.
     */
    record Drop(int at, double above) {

        static final Drop NONE = new Drop(0, Double.NaN);

        static Drop of(DeSettings settings, Run best) {
            int at = settings.screenDrop();
            if (!settings.drops() || best == null || at >= best.result().history().length) {
                return NONE;
            }
            return new Drop(at, best.result().history()[at]);
        }

        /** Whether a run whose best figure of merit is {@code bestFom} after {@code generation} is dropped. */
        boolean drops(int generation, double bestFom) {
            return at > 0 && generation == at && Population.better(above, bestFom);
        }
    }

    /** Decides when a checkpoint is due and hands it to the sink. */
    static final class Saver {
        private final Checkpointing checkpointing;
        private final DeCheckpoint.Fingerprint fingerprint;
        private final CheckpointBudget budget;
        private int lastGeneration;
        private long lastNanos = System.nanoTime();

        Saver(Checkpointing checkpointing, DeCheckpoint.Fingerprint fingerprint, int generation) {
            this.checkpointing = checkpointing;
            this.fingerprint = fingerprint;
            this.lastGeneration = generation;
            this.budget = new CheckpointBudget(checkpointing.costShare(), lastNanos);
        }

        boolean due(int generation) {
            if (checkpointing.sink() == null) {
                return false;
            }
            int every = checkpointing.everyGenerations();
            if (every > 0 && generation - lastGeneration >= every) {
                return true;
            }
            long now = System.nanoTime();
            return checkpointing.timed() && now - lastNanos >= checkpointing.every().toNanos() && budget.allows(now);
        }

        DeCheckpoint.Fingerprint fingerprint() {
            return fingerprint;
        }

        /** Makes the checkpoint and saves it, the making counted in its cost. */
        void save(Supplier<DeCheckpoint> checkpoint) {
            if (checkpointing.sink() == null) {
                return;
            }
            long start = System.nanoTime();
            DeCheckpoint c = checkpoint.get();
            checkpointing.sink().save(c);
            lastGeneration = c.generation();
            lastNanos = System.nanoTime();
            budget.spent(lastNanos - start);
        }
    }

    private static GenerationListener shift(GenerationListener listener, int offset, int planned,
                                            long evaluationsBefore, long started) {
        return new GenerationListener() {
            @Override
            public void generationDone(GenerationReport report) {
                listener.generationDone(new GenerationReport(report.generation() + offset, planned, report.bestFom(),
                        report.spread(), report.evaluations() + evaluationsBefore,
                        (report.evaluations() + evaluationsBefore) / seconds(started), seconds(started)));
            }

            @Override
            public boolean budgetSpent() {
                return listener.budgetSpent();
            }
        };
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
