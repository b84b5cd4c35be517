package org.evofit.cli;

import java.util.Locale;
import org.evofit.core.fit.OptimizerSetting;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns an {@link OptimizerSetting} into a picocli option: the key in kebab case, picocli's own
 * type for numbers and booleans (so it reports a malformed value with the option's name), and the
 * table's help, bounds and default in the description.
 */
final class SettingOptions {

    private SettingOptions() {
    }

    /** The option's name: {@code restartGenerations} is {@code --restart-generations}. */
    static String name(OptimizerSetting s) {
        return "--" + s.key().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The option for the setting; unset, it keeps the model file's value. */
    static OptionSpec option(OptimizerSetting s) {
        OptionSpec.Builder b = OptionSpec.builder(name(s))
                .type(javaType(s))
                .paramLabel(label(s))
                // A StringBuilder, not +: see SettingBounds.describe (every fit builds its verb's help at start-up).
                .description(new StringBuilder(s.describe().replaceAll("\\.$", ""))
                        .append(" (default: the model file's, else ").append(s.defaultText()).append(").").toString());
        if (s.type() == org.evofit.core.fit.SettingType.BOOLEAN) {
            // --refine alone means true; --refine=false turns off what the file turns on.
            b.arity("0..1").fallbackValue("true");
        }
        return b.build();
    }

    private static Class<?> javaType(OptimizerSetting s) {
        return switch (s.type()) {
            case INTEGER -> Integer.class;
            case LONG -> Long.class;
            case NUMBER -> Double.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    private static String label(OptimizerSetting s) {
        return switch (s.type()) {
            case INTEGER, LONG -> "N";
            case NUMBER -> "X";
            case BOOLEAN -> "BOOL";
            default -> "NAME";
        };
    }
}
