package org.evofit.looper;

import java.util.Map;
import java.util.Set;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitSettings;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * The optimizer settings a sweep's {@code fit:} may override. They are kept as canonical text (an
 * integer, a shortest-form double, a GenX strategy name or a boolean) so that the same setting
 * always hashes to the same run id, however it was written.
 */
public final class FitOverrides {

    /** The keys {@code fit:} accepts. */
    public static final Set<String> KEYS = Set.of("generations", "population", "strategy", "restarts",
            "restartGenerations", "km", "kr", "refine");

    private FitOverrides() {
    }

    /**
     * The canonical text of one setting, checked against the optimizer's own rules.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException at the value when it is of the wrong kind
     *                                                   or out of range
     */
    static String canonical(MapEntry entry) {
        ScalarNode value = entry.value().asScalar();
        String text = switch (entry.key()) {
            case "generations", "population", "restarts", "restartGenerations" ->
                    Integer.toString(value.asInt());
            case "km", "kr" -> Double.toString(value.asDouble());
            case "refine" -> Boolean.toString(value.asBoolean());
            case "strategy" -> value.asString();
            default -> throw new IllegalStateException("unchecked key " + entry.key());
        };
        try {
            apply(FitSettings.defaults(), Map.of(entry.key(), text));
        } catch (IllegalArgumentException e) {
            throw value.error(e.getMessage());
        }
        if (entry.key().equals("strategy")) {
            text = Strategy.byName(text).genxName();
        }
        return text;
    }

    /**
     * The settings with the overrides applied.
     *
     * @throws IllegalArgumentException for a value the optimizer refuses
     */
    public static FitSettings apply(FitSettings settings, Map<String, String> overrides) {
        DeSettings de = settings.de();
        FitSettings out = settings;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "generations" -> de = de.withGenerations(Integer.parseInt(v));
                case "population" -> de = de.withPopulation(Integer.parseInt(v));
                case "restarts" -> de = de.withRestarts(Integer.parseInt(v));
                case "restartGenerations" -> de = de.withRestartGenerations(Integer.parseInt(v));
                case "km" -> de = de.withKmKr(Double.parseDouble(v), de.kr());
                case "kr" -> de = de.withKmKr(de.km(), Double.parseDouble(v));
                case "strategy" -> de = de.withStrategy(Strategy.byName(v));
                case "refine" -> out = out.withRefine(Boolean.parseBoolean(v));
                default -> throw new IllegalArgumentException("unknown optimizer setting '" + e.getKey() + "'");
            }
        }
        return out.withDe(de);
    }
}
