package org.evofit.wrapper.genx;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSettings;

/**
 * GenX's {@code [solver]} settings that have an evofit equivalent: the optimizer's as
 * {@link FitSettings}, each set through its {@link OptimizerSettings} entry (so GenX's value is
 * checked as a model file's would be), and the rest as GenX states them.
 *
 * @param settings         the optimizer settings, with evofit's screened restarts added
 * @param stated           the keys of the settings GenX states (and the restarts); the rest keep
 *                         evofit's defaults and are not written
 * @param fom              the figure of merit's name
 * @param minSpreadPercent GenX's min parameter spread, in percent (the settings hold the fraction)
 * @param ignoreNonFinite  whether NaN and infinite FOM terms are ignored
 * @param fitRange         the fit range {xmin, xmax}, or null when GenX fits every point
 */
record SolverSettings(FitSettings settings, Set<String> stated, String fom, double minSpreadPercent, boolean ignoreNonFinite,
                      double[] fitRange) {

    /**
     * What evofit adds to GenX's settings: a single run of GenX's settings ends in one of several
     * basins by chance; 16 short runs screen them and the best goes on for the full generations.
     * A screening run that trails the best one at generation 100 is dropped there: on GenX's X-ray
     * example the runs bound for the published optimum lead by then, and reach it by generation
     * 124-220, so the runs that keep up screen 200 generations (evaluations to log FOM 0.0977 over
     * seeds 1-17: median 27,100, against 74,550 with 150 and no drop; every seed of 1-20 reaches it).
     */
    static final int RESTARTS = 16;
    static final int RESTART_GENERATIONS = 200;
    static final int SCREEN_DROP = 100;

    /** Reads the settings from GenX's configuration text; GenX's defaults fill what is missing. */
    static SolverSettings of(String config, String file) {
        Map<String, String> s = IniText.section(config, "solver");
        Reader r = new Reader(s, file);
        boolean limit = r.bool("limit fit range", false);
        double spread = r.number("min parameter spread", 0);
        Settings out = new Settings(file);
        out.set("strategy", "create trial", s.getOrDefault("create trial", "best_1_bin"));
        out.set("km", "km", r.number("km", 0.6));
        out.set("kr", "kr", r.number("kr", 0.6));
        if (r.bool("use pop mult", false)) {
            out.set("populationMultiplier", "pop mult", r.integer("pop mult", 3));
        } else {
            out.set("population", "pop size", r.integer("pop size", 50));
        }
        if (r.bool("use max generations", false)) {
            out.set("generations", "max generations", r.integer("max generations", 500));
        } else {
            out.set("generationMultiplier", "max generation mult", r.integer("max generation mult", 6));
        }
        out.set("minSpread", "min parameter spread", spread / 100);
        out.set("startGuess", "use start guess", r.bool("use start guess", true));
        out.set("boundaries", "use boundaries", r.bool("use boundaries", true) ? "reinitialize" : "ignore");
        out.set("errorbarLevel", "errorbar level", r.number("errorbar level", 1.05));
        out.set("restarts", "restarts", RESTARTS);
        out.set("restartGenerations", "restarts", RESTART_GENERATIONS);
        out.set("screenDrop", "restarts", SCREEN_DROP);
        return new SolverSettings(out.settings, Set.copyOf(out.keys), s.getOrDefault("figure of merit", "log"), spread,
                r.bool("ignore fom nan", true) && r.bool("ignore fom inf", true),
                limit ? new double[] {r.number("fit xmin", Double.NEGATIVE_INFINITY),
                        r.number("fit xmax", Double.POSITIVE_INFINITY)} : null);
    }

    /** Fit settings built entry by entry, naming GenX's key when evofit refuses a value. */
    private static final class Settings {
        private final String file;
        private FitSettings settings = FitSettings.defaults();
        private final Set<String> keys = new HashSet<>();

        Settings(String file) {
            this.file = file;
        }

        void set(String key, String genxKey, Object value) {
            try {
                settings = OptimizerSettings.require(key).apply(settings, value);
                keys.add(key);
            } catch (IllegalArgumentException e) {
                throw new GenxImportException(file, 0, "config [solver] '" + genxKey + "': " + e.getMessage());
            }
        }
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
