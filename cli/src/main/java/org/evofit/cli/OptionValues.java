package org.evofit.cli;

import org.evofit.core.de.DeExecution;

/**
 * Checks of numeric option values that picocli's types cannot express, shared by the verbs that take
 * them, so that each is refused the same way (exit 2, naming the option and what it expects).
 */
final class OptionValues {

    private OptionValues() {
    }

    /** A thread or job count, when given: 1 to {@link DeExecution#MAX_THREADS}. */
    static void count(Integer value, String option) {
        if (value != null && (value < 1 || value > DeExecution.MAX_THREADS)) {
            throw new BadInputException(option + " must be between 1 and " + DeExecution.MAX_THREADS + ", got "
                    + value);
        }
    }

    /** A number of seconds: finite and not negative (NaN compares false with everything, so it is spelled out). */
    static void seconds(double value, String option) {
        if (!(value >= 0 && value <= Double.MAX_VALUE)) {
            throw new BadInputException(option + " must be a finite number of seconds of 0 or more, got " + value);
        }
    }
}
