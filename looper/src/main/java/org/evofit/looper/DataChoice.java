package org.evofit.looper;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One choice of a model's data files in a sweep: the file replacing its first data set ({@code data}) or the
 * files of data sets by name ({@code dataSets}), or neither (the model's own data); the contents a run's id
 * counts; and where the sweep lists the files, which tells apart runs whose files have the same contents.
 */
record DataChoice(Path data, Map<String, Path> dataSets, List<String> hashes, String listed) {

    DataChoice {
        hashes = List.copyOf(hashes);
    }
}
