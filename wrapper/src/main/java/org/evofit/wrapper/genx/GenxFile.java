package org.evofit.wrapper.genx;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Everything evofit reads from a GenX project file: the active model and GenX's batch list.
 *
 * @param current the active model (the {@code current} group)
 * @param batch   the batch entries in GenX's list order; empty when the file holds one model
 */
public record GenxFile(GenxProject current, List<BatchEntry> batch) {

    /** Copies the list. */
    public GenxFile {
        batch = List.copyOf(batch);
    }

    /**
     * Gives {@code check} the data sets of the active model and of each batch entry, with how a message names
     * where they are: {@code ""} for the active model's, {@code "batch entry GROUP, "} for an entry's.
     */
    void eachDataSetList(BiConsumer<String, List<GenxDataSet>> check) {
        check.accept("", current.dataSets());
        batch.forEach(e -> check.accept("batch entry " + e.group() + ", ", e.project().dataSets()));
    }
}
