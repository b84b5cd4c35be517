package org.evofit.core.fit;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One optimizer setting as every reader and writer sees it: its key, its type, its bounds, its
 * help text, and how it is read from and set into {@link FitSettings}. Its default is what
 * {@link FitSettings#defaults()} holds. The whole table is {@link OptimizerSettings}.
 *
 * @param key     the name in a model file's {@code optimizer:}, a sweep's {@code fit:} and the API;
 *                the command line spells it in kebab case ({@code --population-multiplier})
 * @param type    the kind of value
 * @param bounds  the values accepted ({@link SettingBounds#NONE} for types without bounds)
 * @param help    one sentence for a person, without default or bounds (those are added from here)
 * @param get     the setting's value in some settings
 * @param set     settings with the value changed; the settings records validate it
 * @param written whether a model file states the setting for these settings (of an alternative
 *                such as population or populationMultiplier, only the one in force is written)
 */
public record OptimizerSetting(String key, SettingType type, SettingBounds bounds, String help,
                               Function<FitSettings, Object> get, BiFunction<FitSettings, Object, FitSettings> set,
                               Predicate<FitSettings> written) {

    /** The value GenX's defaults give this setting. */
    public Object defaultValue() {
        return get.apply(FitSettings.defaults());
    }

    /** The canonical text of the default value. */
    public String defaultText() {
        return type.text(defaultValue());
    }

    /** The value in the settings. */
    public Object valueIn(FitSettings settings) {
        return get.apply(settings);
    }

    /**
     * The settings with this setting changed to the value.
     *
     * @throws IllegalArgumentException when the value is outside the bounds, saying why
     */
    public FitSettings apply(FitSettings settings, Object value) {
        Object v = type.coerce(value);
        // The records' own checks speak first (their messages are the ones users know); the table's
        // bounds then hold for a setting whose record does not check them.
        FitSettings out = set.apply(settings, v);
        double magnitude = SettingType.magnitude(v);
        if (!Double.isNaN(magnitude) && !bounds.contains(magnitude)) {
            throw new IllegalArgumentException(key + " must be " + bounds.describe() + ", got " + v);
        }
        return out;
    }

    /**
     * The settings with this setting changed to the value the text reads as.
     *
     * @throws IllegalArgumentException when the text is not a value of the type or is out of bounds
     */
    public FitSettings applyText(FitSettings settings, String text) {
        return apply(settings, type.parse(text));
    }

    /** Whether a model file written from the settings states this setting. */
    public boolean writtenFor(FitSettings settings) {
        return written.test(settings);
    }

    /**
     * The help text with what the type accepts: the choices, or the bounds when there are any.
     * Such as {@code "Crossover rate (GenX's kr), in [0, 1]."}.
     */
    public String describe() {
        // A StringBuilder, not +: see SettingBounds.describe (every fit builds this text at start-up).
        StringBuilder b = new StringBuilder(help);
        if (!type.choices().isEmpty() && type != SettingType.BOOLEAN) {
            b.append(": ").append(String.join(", ", type.choices()));
        } else if (bounds.bounded()) {
            b.append(", ").append(bounds.describe());
        }
        return b.append('.').toString();
    }
}
