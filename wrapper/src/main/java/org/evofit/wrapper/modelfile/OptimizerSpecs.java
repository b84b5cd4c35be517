package org.evofit.wrapper.modelfile;

import java.util.Locale;
import java.util.Set;
import org.evofit.core.de.BoundaryHandling;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitSettings;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/** Reads the {@code optimizer:} mapping into fit settings, GenX's defaults for what is not written. */
final class OptimizerSpecs {

    private static final Set<String> KEYS = Set.of("strategy", "km", "kr", "population",
            "populationMultiplier", "generations", "generationMultiplier", "minSpread", "startGuess",
            "boundaries", "seed", "refine", "errorbarLevel", "logCapacity", "restarts", "restartGenerations", "startSpread");

    private OptimizerSpecs() {
    }

    static FitSettings read(MapNode map) {
        map.rejectUnknownKeys(KEYS);
        DeSettings de = DeSettings.defaults();
        if (map.has("strategy")) {
            String name = map.string("strategy");
            de = de.withStrategy(ParameterSpecs.at(map.required("strategy"), () -> Strategy.byName(name)));
        }
        // km first, then kr, so that a bad value is reported at its own key.
        de = apply(map, "km", de, (d, n) -> d.withKmKr(n.asScalar().asDouble(), d.kr()));
        de = apply(map, "kr", de, (d, n) -> d.withKmKr(d.km(), n.asScalar().asDouble()));
        if (map.has("population") && map.has("populationMultiplier")) {
            throw map.required("populationMultiplier").error("expected population or populationMultiplier, not both");
        }
        if (map.has("generations") && map.has("generationMultiplier")) {
            throw map.required("generationMultiplier").error("expected generations or generationMultiplier, not both");
        }
        de = apply(map, "population", de, (d, n) -> d.withPopulation(n.asScalar().asInt()));
        de = apply(map, "populationMultiplier", de, (d, n) -> d.withPopulationMultiplier(n.asScalar().asInt()));
        de = apply(map, "generations", de, (d, n) -> d.withGenerations(positive(n)));
        de = apply(map, "generationMultiplier", de, (d, n) -> d.withGenerationMultiplier(n.asScalar().asInt()));
        de = apply(map, "minSpread", de, (d, n) -> d.withMinSpread(n.asScalar().asDouble()));
        de = apply(map, "startGuess", de, (d, n) -> d.withStartGuess(n.asScalar().asBoolean()));
        de = apply(map, "boundaries", de, (d, n) -> d.withBoundaries(boundaries(n)));
        de = apply(map, "seed", de, (d, n) -> d.withSeed(seed(n)));
        de = apply(map, "logCapacity", de, (d, n) -> d.withLogCapacity(n.asScalar().asInt()));
        de = apply(map, "restarts", de, (d, n) -> d.withRestarts(n.asScalar().asInt()));
        de = apply(map, "restartGenerations", de, (d, n) -> d.withRestartGenerations(n.asScalar().asInt()));
        de = apply(map, "startSpread", de, (d, n) -> d.withStartSpread(n.asScalar().asDouble()));
        FitSettings settings = FitSettings.defaults().withDe(de).withRefine(map.optionalBool("refine", false));
        if (map.has("errorbarLevel")) {
            double level = map.number("errorbarLevel");
            settings = checkedSettings(map.required("errorbarLevel"), settings, level);
        }
        return settings;
    }

    private interface Step {
        DeSettings apply(DeSettings settings, Node value);
    }

    private static DeSettings apply(MapNode map, String key, DeSettings settings, Step step) {
        if (!map.has(key)) {
            return settings;
        }
        Node node = map.required(key);
        return ParameterSpecs.at(node, () -> step.apply(settings, node));
    }

    private static FitSettings checkedSettings(Node node, FitSettings settings, double level) {
        return ParameterSpecs.at(node, () -> settings.withErrorbarLevel(level));
    }

    private static int positive(Node node) {
        int v = node.asScalar().asInt();
        if (v < 1) {
            throw node.error("expected at least 1 generation but found " + v);
        }
        return v;
    }

    private static long seed(Node node) {
        String text = node.asScalar().asString();
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw node.error("expected a whole-number seed but found '" + text + "'");
        }
    }

    private static BoundaryHandling boundaries(Node node) {
        String text = node.asScalar().asString();
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "reinitialize", "reinitialise" -> BoundaryHandling.REINITIALIZE;
            case "clamp" -> BoundaryHandling.CLAMP;
            case "ignore" -> BoundaryHandling.IGNORE;
            default -> throw node.error("unknown boundary handling '" + text + "'; expected reinitialize, clamp or ignore");
        };
    }
}
