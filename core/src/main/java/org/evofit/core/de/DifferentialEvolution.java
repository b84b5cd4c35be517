package org.evofit.core.de;

import java.util.ArrayList;
import java.util.List;
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
        Tally t = new Tally(resume == null || resume.bestRun() == null ? null : restore(resume.bestRun()),
                resume == null ? 0 : resume.evaluations() - resume.current().evaluations(),
                resume == null ? 0 : resume.completedGenerations());
        int round = settings.roundSize();
        for (int r = firstPhase; r < runs && t.cut == null; r += round) {
            if (round == 1) {
                long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
                int offset = r * (perRun + 1);
                GenerationListener shifted = runs == 1 ? listener
                        : shift(listener, offset, planned, t.evaluations, started);
                Phase phase = new Phase(saver, execution, r, offset, t.evaluations, t.generations, t.best,
                        !screen && r == runs - 1, r == firstPhase ? resume : null, Drop.of(settings, t.best));
                t.add(SingleRun.run(objective, settings.withSeed(seed).withGenerations(perRun), shifted, null, phase));
            } else {
                round(objective, settings, execution, listener, new Round(r, Math.min(round, runs - r), perRun,
                        planned, started), saver, t.evaluations, t.generations, t.best, r == firstPhase ? resume : null)
                        .forEach(t::add);
            }
        }
        if (screen && t.cut == null) {
            // The best screened run goes on from its population, on its own random stream.
            int offset = runs * (perRun + 1) - 1;
            GenerationListener shifted = shift(listener, offset, planned, t.evaluations, started);
            Phase phase = new Phase(saver, execution, runs, offset, t.evaluations, t.generations, null, true,
                    firstPhase == runs ? resume : null, Drop.NONE);
            long seed = t.best != null ? t.best.seed() : resume.current().seed();
            Run last = SingleRun.run(objective, settings.withSeed(seed).withGenerations(finalRun), shifted, t.best, phase);
            t.evaluations += last.result().evaluations();
            t.generations += last.result().generations();
            t.best = last;
        }
        DeResult r = t.best.result();
        return runs == 1 ? r : new DeResult(r.best(), r.bestFom(), t.generations, t.evaluations,
                seconds(started), r.history(), r.log(), t.cut != null ? t.cut : r.stopReason());
    }

    /** The restarts' counts and best run so far, and why one was cut short (null: none was). */
    private static final class Tally {
        private Run best;
        private long evaluations;
        private int generations;
        // INTERRUPTED or CPU_BUDGET when a phase was cut short: no later restart or final run is made.
        private DeResult.StopReason cut;

        Tally(Run best, long evaluations, int generations) {
            this.best = best;
            this.evaluations = evaluations;
            this.generations = generations;
        }

        /** Counts a finished (or cut) restart; {@code null}, a restart never started, counts nothing. */
        void add(Run run) {
            if (run == null) {
                return;
            }
            evaluations += run.result().evaluations();
            generations += run.result().generations();
            if (best == null || Population.better(run.result().bestFom(), best.result().bestFom())) {
                best = run;
            }
            DeResult.StopReason stop = run.result().stopReason();
            if (cut == null && (stop == DeResult.StopReason.INTERRUPTED || stop == DeResult.StopReason.CPU_BUDGET)) {
                cut = stop;
            }
        }
    }

    /** Restarts {@code first} to {@code first + size - 1}, screened side by side for {@code perRun} generations. */
    private record Round(int first, int size, int perRun, int planned, long started) {
    }

    /**
     * Runs a round of screened restarts, all dropped by the best run before the round; only the first
     * saves checkpoints, resuming from {@code resume} when it is given.
     */
    private static List<Run> round(Objective objective, DeSettings settings, DeExecution execution,
                                   GenerationListener listener, Round round, Saver saver, long evaluations,
                                   int generations, Run best, DeCheckpoint resume) {
        Drop drop = Drop.of(settings, best);
        Saver silent = new Saver(Checkpointing.NONE, saver.fingerprint(), 0);
        DeExecution single = execution.withThreads(1);
        List<DeSettings> each = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        int[] offsets = new int[round.size()];
        for (int j = 0; j < round.size(); j++) {
            int r = round.first() + j;
            long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
            offsets[j] = r * (round.perRun() + 1);
            each.add(settings.withSeed(seed).withGenerations(round.perRun()));
            phases.add(new Phase(j == 0 ? saver : silent, single, r, offsets[j], evaluations, generations, best,
                    false, j == 0 ? resume : null, drop));
        }
        RoundListener heard = new RoundListener(listener, offsets, round.planned(),
                evaluations, round.started());
        return ScreenRound.run(objective, each, phases, execution.threads(), heard);
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
            // A checkpoint holds two evaluation logs at most: the running run's and the best run's.
            this.budget = new CheckpointBudget(checkpointing.costShare(), lastNanos, 2L * fingerprint.logCapacity(),
                    fingerprint.dimension());
        }

        /** Whether a checkpoint is due after {@code generation}, with {@code evaluations} made in all. */
        boolean due(int generation, long evaluations) {
            if (checkpointing.sink() == null) {
                return false;
            }
            int every = checkpointing.everyGenerations();
            if (every > 0 && generation - lastGeneration >= every) {
                return true;
            }
            long now = System.nanoTime();
            return checkpointing.timed() && now - lastNanos >= checkpointing.every().toNanos() && budget.allows(now, evaluations);
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
            budget.spent(lastNanos - start, c.evaluations());
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
