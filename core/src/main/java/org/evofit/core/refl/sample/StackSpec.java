package org.evofit.core.refl.sample;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * A group of layers repeated several times, as GenX's {@code Stack}, holding its repetitions
 * parameter. Layers are listed from the bottom (substrate side) up, as GenX lists them. The
 * repetitions cannot be negative ({@link #MIN_REPETITIONS}) and are rounded to the nearest whole number
 * whenever the sample is built.
 *
 * @param name        the stack's name
 * @param layers      names of its layers, bottom first
 * @param repetitions the parameter {@code <name>.repetitions}
 */
public record StackSpec(String name, List<String> layers, Parameter repetitions) {

    /** The key of a stack's repetitions in model files, and the suffix of its parameter name. */
    public static final String REPETITIONS = "repetitions";

    /** The least number of repetitions, for the value and a fitted count's min. */
    public static final double MIN_REPETITIONS = 0;

    /**
     * Copies the list; rejects a repetitions parameter of another name, or below {@link #MIN_REPETITIONS}
     * (every way of making or changing a stack comes through here).
     */
    public StackSpec {
        Objects.requireNonNull(name, "name");
        layers = List.copyOf(layers);
        if (!repetitions.name().equals(repetitionsName(name))) {
            throw new IllegalArgumentException("stack " + name + ": expected the parameter " + repetitionsName(name)
                    + " but got " + repetitions.name());
        }
        Minimum least = minimumOf(name);
        repetitions.requireAtLeast(least.value(), least.what());
    }

    /** The least number of repetitions of the stack called {@code name}, saying what it is. */
    public static Minimum minimumOf(String name) {
        return new Minimum(MIN_REPETITIONS, "number of repetitions, stack " + name);
    }

    /**
     * A stack repeated a fixed number of times.
     *
     * @throws IllegalArgumentException for negative repetitions
     */
    public StackSpec(String name, List<String> layers, int repetitions) {
        this(name, layers, Parameter.fixed(repetitionsName(name), repetitions));
    }

    /** The start number of repetitions, rounded as the sample rounds it. */
    public int count() {
        return (int) Math.max(0, Math.round(repetitions.value()));
    }

    /** The parameter name of the repetitions of the stack called {@code stack}, such as {@code ML.repetitions}. */
    public static String repetitionsName(String stack) {
        return stack + "." + REPETITIONS;
    }

    /** The same stack with its repetitions taken from {@code next}. */
    StackSpec withParameters(Iterator<Parameter> next) {
        return new StackSpec(name, layers, next.next());
    }
}
