package org.evofit.core.fit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.evofit.core.de.BoundaryHandling;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.Strategy;

/**
 * The table of optimizer settings a person can name: the model file's {@code optimizer:}, a sweep's
 * {@code fit:}, the command line's options, the Java API's {@code withSetting} and the GenX importer
 * all read it, and the model-file writer writes it, in this order. A new setting is one entry here
 * (plus its field in {@link DeSettings} or {@link org.evofit.core.de.DeExecution} and its
 * use in the algorithm); every reader and the writer
 * take it from the table.
 *
 * <p>The thread count is not here: it belongs to the machine a fit runs on, not to the fit, so it
 * is given per run (command line, API) and never stored in a file.
 */
public final class OptimizerSettings {

    private static final List<OptimizerSetting> ALL = List.of(
            de("strategy", SettingType.STRATEGY, SettingBounds.NONE, "Trial strategy",
                    DeSettings::strategy, (d, v) -> d.withStrategy((Strategy) v)),
            de("km", SettingType.NUMBER, SettingBounds.aboveUpTo(0, 2), "Mutation constant (GenX's km, often F)",
                    DeSettings::km, (d, v) -> d.withKmKr((Double) v, d.kr())),
            de("kr", SettingType.NUMBER, SettingBounds.closed(0, 1), "Crossover rate (GenX's kr, often CR)",
                    DeSettings::kr, (d, v) -> d.withKmKr(d.km(), (Double) v)),
            alternative("population", SettingBounds.closed(4, DeSettings.MAX_POPULATION),
                    "Population size (or populationMultiplier x free parameters)",
                    DeSettings::population, (d, v) -> d.withPopulation(v), s -> s.de().population() > 0),
            alternative("populationMultiplier", SettingBounds.closed(1, DeSettings.MAX_POPULATION_MULTIPLIER),
                    "Population as a multiple of the free parameters, instead of a population size",
                    DeSettings::populationMultiplier, DeSettings::withPopulationMultiplier,
                    s -> s.de().population() == 0),
            alternative("generations", SettingBounds.atLeast(1),
                    "Number of generations (or generationMultiplier x free parameters x population)",
                    DeSettings::generations, DeSettings::withGenerations, s -> s.de().generations() > 0),
            alternative("generationMultiplier", SettingBounds.atLeast(1),
                    "Generations as a multiple of free parameters x population, instead of a number of generations",
                    DeSettings::generationMultiplier, DeSettings::withGenerationMultiplier,
                    s -> s.de().generations() == 0),
            de("minSpread", SettingType.NUMBER, SettingBounds.atLeast(0),
                    "Stop when every parameter's spread in the population is below this fraction of its "
                            + "bound width (0: never)", DeSettings::minSpread, (d, v) -> d.withMinSpread((Double) v)),
            de("startGuess", SettingType.BOOLEAN, SettingBounds.NONE,
                    "Whether one member starts at the model's start values",
                    DeSettings::useStartGuess, (d, v) -> d.withStartGuess((Boolean) v)),
            de("boundaries", SettingType.BOUNDARIES, SettingBounds.NONE,
                    "What happens to a trial value outside its bounds",
                    DeSettings::boundaries, (d, v) -> d.withBoundaries((BoundaryHandling) v)),
            de("seed", SettingType.LONG, SettingBounds.NONE, "Random seed; the same seed gives the same result",
                    DeSettings::seed, (d, v) -> d.withSeed((Long) v)),
            new OptimizerSetting("logCapacity", SettingType.INTEGER, SettingBounds.closed(1, DeExecution.MAX_LOG_CAPACITY),
                    "Newest evaluations kept for the error bars and jade_best",
                    s -> s.execution().logCapacity(),
                    (s, v) -> s.withExecution(s.execution().withLogCapacity((Integer) v)), s -> true),
            de("restarts", SettingType.INTEGER, SettingBounds.atLeast(1),
                    "Independent runs from derived seeds; the best wins (1: a single run, as GenX)",
                    DeSettings::restarts, (d, v) -> d.withRestarts((Integer) v)),
            de("restartGenerations", SettingType.INTEGER, SettingBounds.atLeast(0),
                    "With restarts, generations each restart runs before the best goes on "
                            + "(0: every restart runs in full)",
                    DeSettings::restartGenerations, (d, v) -> d.withRestartGenerations((Integer) v)),
            de("screenDrop", SettingType.INTEGER, SettingBounds.atLeast(0),
                    "With screened restarts, the generation at which a restart whose best figure of merit trails "
                            + "the best restart's at that generation is dropped (0: none dropped)",
                    DeSettings::screenDrop, (d, v) -> d.withScreenDrop((Integer) v)),
            de("screenRound", SettingType.INTEGER, SettingBounds.atLeast(1),
                    "With screened restarts, how many are screened side by side in a round, each on its own thread "
                            + "when there are threads; a round's restarts are dropped by the rounds before it "
                            + "(1: one after another)",
                    DeSettings::screenRound, (d, v) -> d.withScreenRound((Integer) v)),
            de("startSpread", SettingType.NUMBER, SettingBounds.closed(0, 1),
                    "Draw the initial population within this fraction of each bound width around the start "
                            + "values (0: anywhere within the bounds)",
                    DeSettings::startSpread, (d, v) -> d.withStartSpread((Double) v)),
            new OptimizerSetting("refine", SettingType.BOOLEAN, SettingBounds.NONE,
                    "Whether Levenberg-Marquardt polishes the best result within the bounds",
                    FitSettings::refine, (s, v) -> s.withRefine((Boolean) v), s -> true),
            new OptimizerSetting("errorbarLevel", SettingType.NUMBER, SettingBounds.above(1),
                    "Evaluations with a figure of merit below this multiple of the best span the error bars",
                    FitSettings::errorbarLevel, (s, v) -> s.withErrorbarLevel((Double) v), s -> true),
            new OptimizerSetting("errorbarProfile", SettingType.BOOLEAN, SettingBounds.NONE,
                    "Whether the low and high error bars re-optimise the other parameters at each point "
                            + "(a profile of the figure of merit) instead of holding them at the optimum",
                    FitSettings::errorbarProfile, (s, v) -> s.withErrorbarProfile((Boolean) v), s -> true));

    private OptimizerSettings() {
    }

    /** Every setting, in the order a model file is written. */
    public static List<OptimizerSetting> all() {
        return ALL;
    }

    /** The setting with this key, if there is one. */
    public static Optional<OptimizerSetting> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The keys, in table order. */
    public static List<String> keys() {
        return ALL.stream().map(OptimizerSetting::key).toList();
    }

    /** The setting with this key; throws IllegalArgumentException listing the keys when there is none. */
    public static OptimizerSetting require(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown optimizer setting '" + key
                + "'; expected one of " + String.join(", ", keys())));
    }

    /** A setting of the algorithm that is always written. */
    private static OptimizerSetting de(String key, SettingType type, SettingBounds bounds, String help,
                                       Function<DeSettings, Object> get,
                                       BiFunction<DeSettings, Object, DeSettings> set) {
        return new OptimizerSetting(key, type, bounds, help, s -> get.apply(s.de()),
                (s, v) -> s.withDe(set.apply(s.de(), v)), s -> true);
    }

    /** A whole-number setting of the algorithm that one of a pair of alternatives is written for. */
    private static OptimizerSetting alternative(String key, SettingBounds bounds, String help,
                                                Function<DeSettings, Integer> get,
                                                BiFunction<DeSettings, Integer, DeSettings> set,
                                                Predicate<FitSettings> written) {
        return new OptimizerSetting(key, SettingType.INTEGER, bounds, help, s -> get.apply(s.de()),
                (s, v) -> s.withDe(set.apply(s.de(), (Integer) v)), written);
    }
}
