package org.evofit.wrapper.genx;

/**
 * One model of a GenX batch (its batch dialog's list): a complete model with its own data and the
 * sequence value the dialog's value column gave it (a temperature, say).
 *
 * @param group         the HDF5 group's name, {@code <index>-<name>}
 * @param sequenceValue the entry's sequence value
 * @param project       the entry's script, parameter table and data (configuration from {@code current})
 */
public record BatchEntry(String group, double sequenceValue, GenxProject project) {
}
