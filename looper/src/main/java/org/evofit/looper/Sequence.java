package org.evofit.looper;

import java.util.Comparator;
import java.util.List;

/**
 * A sweep's {@code sequence:}: data files fitted one after another in order of their sequence
 * values, GenX's batch fit. With {@code keepFromLast} each fit starts from the previous fit's
 * result, so a slowly changing sample is followed rather than searched for afresh every time.
 *
 * @param entries      the data files, sorted by value (files of equal value keep their order)
 * @param keepFromLast whether each run starts from the previous run's fitted values (a chain that
 *                     runs sequentially); otherwise the runs are independent
 * @param adjustBounds whether each chained run re-centres the fitted parameters' bounds around the
 *                     value it starts from, keeping their width
 * @param axis         what the values are (quantity and unit), {@link SequenceAxis#UNKNOWN} if nothing says
 */
public record Sequence(List<SequenceEntry> entries, boolean keepFromLast, boolean adjustBounds, SequenceAxis axis) {

    /** Sorts a copy of the entries by value; the sort is stable. */
    public Sequence {
        axis = axis == null ? SequenceAxis.UNKNOWN : axis;
        entries = entries.stream().sorted(Comparator.comparingDouble(SequenceEntry::value)).toList();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one data file");
        }
    }

    /** A sequence whose values nothing names. */
    public Sequence(List<SequenceEntry> entries, boolean keepFromLast, boolean adjustBounds) {
        this(entries, keepFromLast, adjustBounds, SequenceAxis.UNKNOWN);
    }
}
