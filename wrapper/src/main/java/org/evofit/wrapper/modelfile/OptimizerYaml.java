package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;

/**
 * The lines of a model file's {@code optimizer:} section from {@link OptimizerSettings}: every
 * setting in force, in table order, in the form {@link OptimizerSpecs} reads back to the same
 * settings. The model-file writer takes them from here (and writes them with
 * {@link ModelSections#optimizer}); a writer's {@link Notes} add comments.
 */
public final class OptimizerYaml {

    /**
     * Comments a writer adds to the section.
     *
     * @param trailing by key: a comment after that setting's value
     * @param before   by key: comment lines on their own lines before that setting
     * @param only     the keys to write (empty: every setting in force); the others keep their defaults
     */
    public record Notes(Map<String, String> trailing, Map<String, List<String>> before, Set<String> only) {

        /** No comments, every setting. */
        public static final Notes NONE = new Notes(Map.of(), Map.of(), Set.of());
    }

    private OptimizerYaml() {
    }

    /** The section's lines. */
    public static List<OptimizerLine> lines(FitSettings settings, Notes notes) {
        List<OptimizerLine> out = new ArrayList<>();
        for (OptimizerSetting s : OptimizerSettings.all()) {
            if (!s.writtenFor(settings) || !notes.only().isEmpty() && !notes.only().contains(s.key())) {
                continue;
            }
            notes.before().getOrDefault(s.key(), List.of()).forEach(c -> out.add(OptimizerLine.comment(c)));
            out.add(new OptimizerLine(s.key(), value(s, s.valueIn(settings)), notes.trailing().get(s.key())));
        }
        return out;
    }

    /** A value as YAML: numbers in their shortest form, a strategy's name quoted when YAML needs it. */
    static String value(OptimizerSetting setting, Object value) {
        return switch (setting.type()) {
            case NUMBER -> YamlScalars.number((Double) value);
            case STRATEGY -> YamlScalars.string(setting.type().text(value));
            default -> setting.type().text(value);
        };
    }
}
