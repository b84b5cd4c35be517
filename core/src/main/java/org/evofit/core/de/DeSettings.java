package org.evofit.core.de;

/**
 * What a differential-evolution run computes, with GenX's meanings and defaults: every setting
 * here can change the result. How the run executes (threads, the evaluation log's capacity) is
 * {@link DeExecution}; when checkpoints are taken is {@link Checkpointing}.
 *
 * @param strategy             how trial vectors are made
 * @param km                   mutation constant (GenX's km, often called F), in (0, 2]
 * @param kr                   crossover rate (GenX's kr, often called CR), in [0, 1]
 * @param population           population size; 0 means {@code populationMultiplier × free parameters}
 * @param populationMultiplier used when population is 0 (GenX's pop mult)
 * @param generations          number of generations; 0 means
 *                             {@code generationMultiplier × free parameters × population} (GenX's rule)
 * @param generationMultiplier used when generations is 0 (GenX's max generation mult)
 * @param minSpread            stop when, for every parameter, the population's range divided by the
 *                             bound width is below this fraction (0 disables; GenX states it in percent)
 * @param useStartGuess        whether member 0 starts at the model's current values
 * @param boundaries           what happens to trial values outside the bounds
 * @param seed                 seed of the random stream; the same seed gives the same fit, bit for bit
 * @param restarts             independent runs from seeds derived from {@code seed}; the best wins.
 *                             A multimodal problem whose basins a single run finds only sometimes
 *                             is solved reliably by a few short runs (1 = a single run, as GenX)
 * @param restartGenerations   with restarts: 0 runs every restart for the full number of generations;
 *                             a positive number runs each restart that long (screening the basins) and
 *                             then continues the best one for the full number of generations
 * @param startSpread          0 draws the initial population uniformly within the bounds (GenX); a
 *                             fraction f in (0, 1] draws it within ±f/2 of each bound width around the
 *                             start values (clipped to the bounds), for a start known to be good, such
 *                             as the previous result of a chained sequence
 * @param screenDrop           with screened restarts: 0 screens every restart for
 *                             {@code restartGenerations}; a generation g drops a restart at g when its
 *                             best figure of merit then is worse than the best restart so far had at
 *                             g (a run that trails there rarely ends in a better basin), so a poor
 *                             basin costs g generations, not all of them; g at or beyond
 *                             {@code restartGenerations} drops nothing
 * @param screenRound          with screened restarts: how many restarts are screened side by side in
 *                             a round, each on its own thread when threads allow (1: one after
 *                             another). A round's restarts are dropped by the best run of the rounds
 *                             before it only, so the result depends on the round size, never on the
 *                             thread count or on timing
 */
public record DeSettings(Strategy strategy, double km, double kr, int population,
                         int populationMultiplier, int generations, int generationMultiplier,
                         double minSpread, boolean useStartGuess, BoundaryHandling boundaries,
                         long seed, int restarts, int restartGenerations, double startSpread,
                         int screenDrop, int screenRound) {

    /**
     * The largest population: a hundred times GenX's usual sizes, small enough that the members of a
     * run of many parameters fit in memory.
     */
    public static final int MAX_POPULATION = 100_000;

    /** The largest population multiplier (GenX's pop mult), for the same reason. */
    public static final int MAX_POPULATION_MULTIPLIER = 1_000;

    /** Validates every setting; throws IllegalArgumentException naming the first bad one. */
    public DeSettings {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must be given");
        }
        if (!(km > 0 && km <= 2)) {
            throw new IllegalArgumentException("km must be in (0, 2], got " + km);
        }
        if (!(kr >= 0 && kr <= 1)) {
            throw new IllegalArgumentException("kr must be in [0, 1], got " + kr);
        }
        if (population != 0 && (population < 4 || population > MAX_POPULATION)) {
            throw new IllegalArgumentException("population must be at least 4 and at most " + MAX_POPULATION
                    + ", got " + population);
        }
        if (population == 0 && (populationMultiplier < 1 || populationMultiplier > MAX_POPULATION_MULTIPLIER)) {
            throw new IllegalArgumentException("population multiplier must be at least 1 and at most "
                    + MAX_POPULATION_MULTIPLIER + ", got " + populationMultiplier);
        }
        if (generations < 0) {
            throw new IllegalArgumentException("generations must not be negative, got " + generations);
        }
        if (generations == 0 && generationMultiplier < 1) {
            throw new IllegalArgumentException("generation multiplier must be at least 1, got "
                    + generationMultiplier);
        }
        if (!(minSpread >= 0)) {
            throw new IllegalArgumentException("minimum spread must be >= 0, got " + minSpread);
        }
        if (boundaries == null) {
            throw new IllegalArgumentException("boundary handling must be given");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (!(startSpread >= 0 && startSpread <= 1)) {
            throw new IllegalArgumentException("start spread must be in [0, 1], got " + startSpread);
        }
        if (restartGenerations < 0) {
            throw new IllegalArgumentException("restart generations must not be negative, got " + restartGenerations);
        }
        if (screenDrop < 0) {
            throw new IllegalArgumentException("screen drop generation must not be negative, got " + screenDrop);
        }
        if (screenRound < 1) {
            throw new IllegalArgumentException("screen round must be at least 1 restart, got " + screenRound);
        }
    }

    /**
     * GenX's defaults: best_1_bin, km = kr = 0.7, population 3 × free parameters, generations
     * 6 × free parameters × population, start guess used, random re-initialisation at the bounds,
     * seed 1, a single run.
     */
    public static DeSettings defaults() {
        return new DeSettings(Strategy.BEST_1_BIN, 0.7, 0.7, 0, 3, 0, 6, 0.0, true,
                BoundaryHandling.REINITIALIZE, 1L, 1, 0, 0.0, 0, 1);
    }

    /** The population size for a problem with {@code dimension} free parameters. */
    public int populationFor(int dimension) {
        return population > 0 ? population : Math.max(4, populationMultiplier * dimension);
    }

    /** The number of generations for a problem with {@code dimension} free parameters. */
    public int generationsFor(int dimension) {
        if (generations > 0) {
            return generations;
        }
        return Math.multiplyExact(Math.multiplyExact(generationMultiplier, dimension),
                populationFor(dimension));
    }

    /** Whether restarts are screened: each runs {@link #restartGenerations()}, then the best goes on. */
    public boolean screened() {
        return restarts > 1 && restartGenerations > 0;
    }

    /**
     * The generations a whole fit of {@code dimension} free parameters runs, every restart and the screened
     * best's continuation included (each run's first population counted as a generation, the first run's not):
     * what progress counts towards, and what a fit's work is.
     */
    public long plannedGenerations(int dimension) {
        long perRun = screened() ? restartGenerations : generationsFor(dimension);
        long finalRun = screened() ? generationsFor(dimension) : 0;
        return restarts * (perRun + 1) - 1 + finalRun;
    }

    /** A builder holding these settings, to change several at once and validate once. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These settings with another strategy. */
    public DeSettings withStrategy(Strategy v) {
        return toBuilder().strategy(v).build();
    }

    /** These settings with other km and kr. */
    public DeSettings withKmKr(double newKm, double newKr) {
        return toBuilder().km(newKm).kr(newKr).build();
    }

    /** These settings with a fixed population size. */
    public DeSettings withPopulation(int v) {
        return toBuilder().population(v).build();
    }

    /** These settings with a population multiplier (population size 0). */
    public DeSettings withPopulationMultiplier(int v) {
        return toBuilder().population(0).populationMultiplier(v).build();
    }

    /** These settings with a fixed number of generations. */
    public DeSettings withGenerations(int v) {
        return toBuilder().generations(v).build();
    }

    /** These settings with a generation multiplier (generations 0). */
    public DeSettings withGenerationMultiplier(int v) {
        return toBuilder().generations(0).generationMultiplier(v).build();
    }

    /** These settings with a minimum-spread stop (a fraction; 0 disables). */
    public DeSettings withMinSpread(double v) {
        return toBuilder().minSpread(v).build();
    }

    /** These settings with the start guess used or not. */
    public DeSettings withStartGuess(boolean v) {
        return toBuilder().useStartGuess(v).build();
    }

    /** These settings with another boundary handling. */
    public DeSettings withBoundaries(BoundaryHandling v) {
        return toBuilder().boundaries(v).build();
    }

    /** These settings with another seed. */
    public DeSettings withSeed(long v) {
        return toBuilder().seed(v).build();
    }

    /** These settings with another number of independent runs. */
    public DeSettings withRestarts(int v) {
        return toBuilder().restarts(v).build();
    }

    /** These settings with restarts screened for {@code v} generations each (0: full length). */
    public DeSettings withRestartGenerations(int v) {
        return toBuilder().restartGenerations(v).build();
    }

    /** These settings with trailing screened restarts dropped at generation {@code v} (0: none dropped). */
    public DeSettings withScreenDrop(int v) {
        return toBuilder().screenDrop(v).build();
    }

    /** These settings with screened restarts run {@code v} at a time (1: one after another). */
    public DeSettings withScreenRound(int v) {
        return toBuilder().screenRound(v).build();
    }

    /** The restarts screened side by side: {@link #screenRound()} when screening, else 1. */
    public int roundSize() {
        return screened() ? Math.min(screenRound, restarts) : 1;
    }

    /** Whether screened restarts are compared, and the trailing ones dropped, at {@link #screenDrop()}. */
    public boolean drops() {
        return screened() && screenDrop > 0 && screenDrop < restartGenerations;
    }

    /** These settings with the initial population drawn around the start values (0: within the bounds). */
    public DeSettings withStartSpread(double v) {
        return toBuilder().startSpread(v).build();
    }

    /**
     * Every setting, changeable one at a time; {@link #build()} validates them together, so a change
     * that is only valid with another (a population of 0 with its multiplier) can be made in any order.
     */
    public static final class Builder {
        private Strategy strategy;
        private double km;
        private double kr;
        private int population;
        private int populationMultiplier;
        private int generations;
        private int generationMultiplier;
        private double minSpread;
        private boolean useStartGuess;
        private BoundaryHandling boundaries;
        private long seed;
        private int restarts;
        private int restartGenerations;
        private double startSpread;
        private int screenDrop;
        private int screenRound;

        private Builder(DeSettings s) {
            strategy = s.strategy;
            km = s.km;
            kr = s.kr;
            population = s.population;
            populationMultiplier = s.populationMultiplier;
            generations = s.generations;
            generationMultiplier = s.generationMultiplier;
            minSpread = s.minSpread;
            useStartGuess = s.useStartGuess;
            boundaries = s.boundaries;
            seed = s.seed;
            restarts = s.restarts;
            restartGenerations = s.restartGenerations;
            startSpread = s.startSpread;
            screenDrop = s.screenDrop;
            screenRound = s.screenRound;
        }

        /** Sets {@link DeSettings#strategy()}. */
        public Builder strategy(Strategy v) {
            strategy = v;
            return this;
        }

        /** Sets {@link DeSettings#km()}. */
        public Builder km(double v) {
            km = v;
            return this;
        }

        /** Sets {@link DeSettings#kr()}. */
        public Builder kr(double v) {
            kr = v;
            return this;
        }

        /** Sets {@link DeSettings#population()}. */
        public Builder population(int v) {
            population = v;
            return this;
        }

        /** Sets {@link DeSettings#populationMultiplier()}. */
        public Builder populationMultiplier(int v) {
            populationMultiplier = v;
            return this;
        }

        /** Sets {@link DeSettings#generations()}. */
        public Builder generations(int v) {
            generations = v;
            return this;
        }

        /** Sets {@link DeSettings#generationMultiplier()}. */
        public Builder generationMultiplier(int v) {
            generationMultiplier = v;
            return this;
        }

        /** Sets {@link DeSettings#minSpread()}. */
        public Builder minSpread(double v) {
            minSpread = v;
            return this;
        }

        /** Sets {@link DeSettings#useStartGuess()}. */
        public Builder useStartGuess(boolean v) {
            useStartGuess = v;
            return this;
        }

        /** Sets {@link DeSettings#boundaries()}. */
        public Builder boundaries(BoundaryHandling v) {
            boundaries = v;
            return this;
        }

        /** Sets {@link DeSettings#seed()}. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** Sets {@link DeSettings#restarts()}. */
        public Builder restarts(int v) {
            restarts = v;
            return this;
        }

        /** Sets {@link DeSettings#restartGenerations()}. */
        public Builder restartGenerations(int v) {
            restartGenerations = v;
            return this;
        }

        /** Sets {@link DeSettings#startSpread()}. */
        public Builder startSpread(double v) {
            startSpread = v;
            return this;
        }

        /** Sets {@link DeSettings#screenDrop()}. */
        public Builder screenDrop(int v) {
            screenDrop = v;
            return this;
        }

        /** Sets {@link DeSettings#screenRound()}. */
        public Builder screenRound(int v) {
            screenRound = v;
            return this;
        }

        /** The settings; throws IllegalArgumentException naming the first bad one. */
        public DeSettings build() {
            return new DeSettings(strategy, km, kr, population, populationMultiplier, generations,
                    generationMultiplier, minSpread, useStartGuess, boundaries, seed, restarts, restartGenerations,
                    startSpread, screenDrop, screenRound);
        }
    }
}
