package org.evofit.wrapper.genx;

import java.util.List;

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
}
