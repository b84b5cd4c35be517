package org.evofit.cli;

import org.evofit.core.de.DeSettings;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.wrapper.ModelDefinition;
import picocli.CommandLine.Option;

/** Options that override a model file's optimizer settings; unset options keep the file's. */
final class OptimizerOptions {

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed (default: the model file's, else 1). Same seed, same result.")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads evaluating the population (default: all ${sys:evofit.cores} cores). "
                    + "Never changes the result.")
    Integer threads;

    @Option(names = "--generations", paramLabel = "N",
            description = "Number of generations (default: the model file's).")
    Integer generations;

    @Option(names = "--population", paramLabel = "N",
            description = "Population size (default: the model file's).")
    Integer population;

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "Trial strategy: best_1_bin, rand_1_bin, best_either_or, rand_either_or, "
                    + "jade_best, simplex_best_1_bin (default: the model file's).")
    String strategy;

    @Option(names = "--fom", paramLabel = "NAME",
            description = "Figure of merit, e.g. chi2bars, log, diff (default: the model file's).")
    String fom;

    static {
        System.setProperty("evofit.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /** The definition with these overrides applied. */
    ModelDefinition apply(ModelDefinition model) {
        DeSettings de = model.settings().de();
        de = de.withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        try {
            if (seed != null) {
                de = de.withSeed(seed);
            }
            if (generations != null) {
                de = de.withGenerations(generations);
            }
            if (population != null) {
                de = de.withPopulation(population);
            }
            if (strategy != null) {
                de = de.withStrategy(Strategy.byName(strategy));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        FitSettings settings = model.settings().withDe(de);
        ModelDefinition out = model.withSettings(settings);
        if (fom != null) {
            try {
                out = out.withProblem(out.problem().withFigureOfMerit(
                        FiguresOfMerit.byName(fom, out.problem().figureOfMerit().nonFinitePolicy())));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return out;
    }
}
