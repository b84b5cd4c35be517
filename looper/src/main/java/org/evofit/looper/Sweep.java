package org.evofit.looper;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A sweep file as read: every path resolved and every glob expanded, nothing yet loaded.
 *
 * @param file     the sweep file
 * @param models   model files, in the order written (each glob's matches sorted)
 * @param data     data files replacing each model's first data set; empty: the models' own data
 * @param axes     varied parameters
 * @param zip      whether the axes are taken together (value i of each) instead of as a product
 * @param seeds    seeds of every combination; empty: each model file's own seed
 * @param settings optimizer overrides ({@link FitOverrides} keys to canonical text)
 * @param sequence data files fitted in order of their sequence values instead of {@code data}, or
 *                 {@code null}
 * @param dataSets a joint model's data sets with their files, run k reading file k of each (every list as
 *                 long); empty: {@code data} or the models' own data
 */
public record Sweep(Path file, List<Path> models, List<Path> data, List<Axis> axes, boolean zip,
                   List<Long> seeds, SortedMap<String, String> settings, Sequence sequence,
                   List<DataSetFiles> dataSets) {

    /** A sweep whose data sets are not named one by one. */
    public Sweep(Path file, List<Path> models, List<Path> data, List<Axis> axes, boolean zip,
                 List<Long> seeds, SortedMap<String, String> settings, Sequence sequence) {
        this(file, models, data, axes, zip, seeds, settings, sequence, List.of());
    }

    /** How many data files (or sets of them, one per data set) the runs of each model and combination read. */
    public int dataRuns() {
        return dataSets.isEmpty() ? Math.max(1, data.size()) : dataSets.get(0).files().size();
    }

    /** Copies the collections. */
    public Sweep {
        models = List.copyOf(models);
        data = List.copyOf(data);
        dataSets = List.copyOf(dataSets);
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    }
}
