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
        // Character by character, not String.replaceAll: a fit's start-up names every option of the table twice
        // (building the verb, applying the values), and each replaceAll compiled its pattern anew, interpreted.
        String key = s.key();
        StringBuilder name = new StringBuilder(key.length() + 4).append("--");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0 && c >= 'A' && c <= 'Z' && lowerOrDigit(key.charAt(i - 1))) {
                name.append('-');
            }
            name.append(c);
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean lowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The option for the setting; unset, it keeps the model file's value. */
    static OptionSpec option(OptimizerSetting s) {
        OptionSpec.Builder b = OptionSpec.builder(name(s))
                .type(javaType(s))
                .paramLabel(label(s))
                // A StringBuilder, not +: see SettingBounds.describe (every fit builds its verb's help at start-up).
                .description(new StringBuilder(withoutFinalPeriod(s.describe()))
                        .append(" (default: the model file's, else ").append(s.defaultText()).append(").").toString());
        if (s.type() == org.evofit.core.fit.SettingType.BOOLEAN) {
            // --refine alone means true; --refine=false turns off what the file turns on.
            b.arity("0..1").fallbackValue("true");
        }
        return b.build();
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
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
