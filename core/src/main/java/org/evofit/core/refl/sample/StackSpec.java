package org.evofit.core.refl.sample;

import java.util.List;
import java.util.Objects;

/**
 * A group of layers repeated several times, as GenX's {@code Stack}. Layers are listed from the
 * bottom (substrate side) up, as GenX lists them. Its parameter {@code S.repetitions} is rounded to
 * the nearest whole number (at least 0) whenever the sample is built.
 *
 * @param name        the stack's name
 * @param layers      names of its layers, bottom first
 * @param repetitions the start number of repetitions
 */
public record StackSpec(String name, List<String> layers, int repetitions) {

    /** The key of a stack's repetitions in model files, and the suffix of its parameter name. */
    public static final String REPETITIONS = "repetitions";

    /** Copies the list; rejects negative repetitions. */
    public StackSpec {
        Objects.requireNonNull(name, "name");
        layers = List.copyOf(layers);
        if (repetitions < 0) {
            throw new IllegalArgumentException("stack " + name + ": repetitions must be >= 0, got " + repetitions);
        }
    }

    /** The parameter name of the stack's repetitions, such as {@code ML.repetitions}. */
    public String repetitionsName() {
        return repetitionsName(name);
    }

    /** The parameter name of the repetitions of the stack called {@code stack}. */
    public static String repetitionsName(String stack) {
        return stack + "." + REPETITIONS;
    }
}
