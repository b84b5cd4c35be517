package org.evofit.wrapper.script;

import java.util.function.ToIntFunction;

/**
 * The current parameter values as a {@link ModelScript} sees them. Read by slot ({@link #at}) in
 * {@code simulate}: the slots come from {@link ScriptContext#parameter} or {@link #slot}, so the hot
 * loop does no name look-ups. One instance per thread, pointed at each new vector of values.
 */
public final class Values {

    private final ToIntFunction<String> slotOf;
    private double[] current = new double[0];

    Values(ToIntFunction<String> slotOf) {
        this.slotOf = slotOf;
    }

    /** Points this view at the values of the next evaluation (not copied: the fit reuses none). */
    void point(double[] values) {
        current = values;
    }

    /** The value in a slot. */
    public double at(int slot) {
        return current[slot];
    }

    /**
     * The slot of a parameter, to be looked up once and kept.
     *
     * @throws IllegalArgumentException for a name no parameter has
     */
    public int slot(String name) {
        int s = slotOf.applyAsInt(name);
        if (s < 0) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return s;
    }

    /** The value of a parameter by name: a look-up per call, so not for the hot loop. */
    public double get(String name) {
        return current[slot(name)];
    }
}
