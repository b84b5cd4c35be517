package org.evofit.looper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * The runs of a sweep's per-data-set {@code data:} for one model: run k reads file k of every named data
 * set's list (the model's other data sets read their own files). A run's id counts every data set's file
 * content under the data set's name, so two runs that differ in one data set's file are two runs, and a
 * run whose files have the same contents as another's is a run of its own all the same, told apart by
 * where the sweep lists its files (as {@link SweepPlan} does for a plain {@code data:} list).
 */
final class DataSetRuns {

    private DataSetRuns() {
    }

    /**
     * Checks the sweep's data set names against the model and adds the model's runs to {@code runs}.
     *
     * @throws ModelFileException at the sweep's data set name the model lacks, or for a model script
     */
    static void add(Sweep sweep, Path model, ModelDefinition definition, String modelHash,
                    List<SortedMap<String, Double>> combinations, List<Long> seeds, Map<Path, String> hashes,
                    Map<String, RunSpec> runs) {
        List<String> names = check(sweep, model, definition);
        for (int k = 0; k < sweep.dataRuns(); k++) {
            Map<String, Path> files = new LinkedHashMap<>();
            for (DataSetFiles set : sweep.dataSets()) {
                files.put(set.name(), set.files().get(k).toAbsolutePath().normalize());
            }
            List<String> dataHashes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Path file = files.getOrDefault(names.get(i), definition.dataSources().get(i).file());
                // The content first: a hash has a fixed length, so no name can make two lines alike.
                dataHashes.add(SweepPlan.hash(file, hashes) + " " + names.get(i));
            }
            SweepPlan.addRuns(sweep, model, modelHash, new DataChoice(null, files, dataHashes, listed(sweep, files)),
                    combinations, seeds, runs);
        }
    }

    /** The model's data set names, in its order, once every name the sweep gives is found among them. */
    private static List<String> check(Sweep sweep, Path model, ModelDefinition definition) {
        if (ModelFiles.isScript(model)) {
            throw new ModelFileException(sweep.dataSets().get(0).nameAt(), "data: by data set names the data"
                    + " sets of a model file, but " + model.getFileName() + " is a model script; expected data: as"
                    + " a list, which replaces the script's first data file");
        }
        List<String> names = definition.problem().dataSets().stream().map(DataSet::name).toList();
        for (DataSetFiles set : sweep.dataSets()) {
            int index = names.indexOf(set.name());
            if (index < 0) {
                throw new ModelFileException(set.nameAt(), "model " + model.getFileName() + " has no data set '"
                        + set.name() + "'; expected one of its data sets: " + String.join(", ", names));
            }
            DataColumnsCheck.check(definition, index, set.files(), model);
        }
        return names;
    }

    private static String listed(Sweep sweep, Map<String, Path> files) {
        List<String> out = new ArrayList<>();
        files.forEach((name, file) -> out.add(name + "=" + SweepPlan.listed(sweep, file)));
        return String.join(" ", out);
    }
}
