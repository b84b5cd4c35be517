package org.evofit.wrapper.genx;

import java.util.List;

/**
 * A stack of the script: its layers bottom-up and its repetitions.
 *
 * @param name        the stack's name
 * @param layers      its layer names, in GenX's order
 * @param repetitions how often it repeats
 */
record StackDraft(String name, List<String> layers, Quantity repetitions) {
}
