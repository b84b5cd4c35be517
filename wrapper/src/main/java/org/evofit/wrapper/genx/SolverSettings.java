package org.evofit.wrapper.genx;

import java.util.Map;

/**
 * GenX's {@code [solver]} settings that have an evofit equivalent.
 *
 * @param km                   the mutation constant
 * @param kr                   the crossover probability
 * @param populationSize       the population when {@code usePopulationMultiplier} is false
 * @param usePopulationMultiplier whether the population is a multiple of the free parameters
 * @param populationMultiplier that multiple
 * @param maxGenerations       the generations when {@code useMaxGenerations} is true
 * @param useMaxGenerations    whether the generation count is absolute
 * @param generationMultiplier otherwise generations = this × free parameters × population
 * @param strategy             GenX's trial-creation name, such as {@code best_1_bin}
 * @param fom                  the figure of merit's name
 * @param minSpreadPercent     stop when every parameter's spread is below this percentage of its bounds
 * @param errorbarLevel        the FOM ratio that defines GenX's error bars
 * @param useStartGuess        whether the start values seed the population
 * @param useBoundaries        whether trial vectors are kept inside the bounds
 * @param ignoreNonFinite      whether NaN and infinite FOM terms are ignored
 * @param fitRange             the fit range {xmin, xmax}, or null when GenX fits every point
 */
record SolverSettings(double km, double kr, int populationSize, boolean usePopulationMultiplier,
                      int populationMultiplier, int maxGenerations, boolean useMaxGenerations,
                      int generationMultiplier, String strategy, String fom, double minSpreadPercent,
                      double errorbarLevel, boolean useStartGuess, boolean useBoundaries, boolean ignoreNonFinite,
                      double[] fitRange) {

    /** Reads the settings from GenX's configuration text; GenX's defaults fill what is missing. */
    static SolverSettings of(String config, String file) {
        Map<String, String> s = IniText.section(config, "solver");
        Reader r = new Reader(s, file);
        boolean limit = r.bool("limit fit range", false);
        return new SolverSettings(r.number("km", 0.6), r.number("kr", 0.6), r.integer("pop size", 50),
                r.bool("use pop mult", false), r.integer("pop mult", 3), r.integer("max generations", 500),
                r.bool("use max generations", false), r.integer("max generation mult", 6),
                s.getOrDefault("create trial", "best_1_bin"), s.getOrDefault("figure of merit", "log"),
                r.number("min parameter spread", 0), r.number("errorbar level", 1.05),
                r.bool("use start guess", true), r.bool("use boundaries", true),
                r.bool("ignore fom nan", true) && r.bool("ignore fom inf", true),
                limit ? new double[] {r.number("fit xmin", Double.NEGATIVE_INFINITY),
                        r.number("fit xmax", Double.POSITIVE_INFINITY)} : null);
    }

    /** Parses values, naming the setting when one is malformed. */
    private record Reader(Map<String, String> s, String file) {

        double number(String key, double fallback) {
            String v = s.get(key);
            try {
                return v == null ? fallback : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw bad(key, v, "a number");
            }
        }

        int integer(String key, int fallback) {
            double v = number(key, fallback);
            if (v != Math.rint(v)) {
                throw bad(key, s.get(key), "a whole number");
            }
            return (int) v;
        }

        boolean bool(String key, boolean fallback) {
            String v = s.get(key);
            if (v == null) {
                return fallback;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            throw bad(key, v, "True or False");
        }

        private GenxImportException bad(String key, String value, String expected) {
            return new GenxImportException(file, 0, "config [solver] '" + key + "': expected " + expected
                    + " but found '" + value + "'");
        }
    }
}
