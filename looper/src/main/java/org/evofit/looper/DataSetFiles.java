package org.evofit.looper;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.doc.Location;

/**
 * One data set's files in a sweep's per-data-set {@code data:} (a joint model's): run k reads file k of
 * every data set's list.
 *
 * @param name   the model's name of the data set
 * @param nameAt where the sweep file names it
 * @param files  its files, as listed (each glob's matches sorted), a file listed twice kept twice
 */
public record DataSetFiles(String name, Location nameAt, List<Path> files) {

    /** Copies the list. */
    public DataSetFiles {
        files = List.copyOf(files);
    }
}
