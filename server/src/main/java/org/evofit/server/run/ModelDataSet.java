package org.evofit.server.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.modelfile.ModelDataSets;

/**
 * One data set of a model file as the start form and a start's check need it: read from the model's text
 * (and its ORSO files' headers, whose polarisation channels are data sets of their own) by the wrapper's
 * {@link ModelDataSets}, without reading the data, so the project page can show every model's data sets
 * cheaply and a start can name a data set the model lacks before anything is planned.
 *
 * @param name       the data set's name, as the model reader names it
 * @param file       its file as the model names it (relative to the model)
 * @param sample     the sample it measures, or null (a model of one sample)
 * @param instrument the instrument it was measured on, or null
 * @param channel    its spin channel ({@code ++}, ...), or null (unpolarised)
 */
record ModelDataSet(String name, String file, String sample, String instrument, String channel) {

    /**
     * The data sets of model file {@code model} of the project in {@code projectDir}, in its order, the files
     * it names found where uploads put them ({@link #projectFile}); empty for a model script (whose data sets
     * have no names) or a file that does not read (the plan then says why, at its line).
     */
    static List<ModelDataSet> of(Path projectDir, Path model) {
        if (ModelFiles.isScript(model)) {
            return List.of();
        }
        try {
            return ModelDataSets.read(model, file -> projectDir.resolve(projectFile(file))).stream()
                    .map(e -> new ModelDataSet(e.name(), e.file(), e.sample(), e.instrument(), e.channel())).toList();
        } catch (ModelFileException e) {
            return List.of();
        }
    }

    /** The name with what tells it apart: {@code R++ (channel ++)}, {@code film in D2O (sample d2o)}. */
    String label() {
        List<String> what = new ArrayList<>();
        if (channel != null) {
            what.add("channel " + channel);
        }
        if (sample != null) {
            what.add("sample " + sample);
        }
        if (instrument != null) {
            what.add("instrument " + instrument);
        }
        return what.isEmpty() ? name : name + " (" + String.join(", ", what) + ")";
    }

    /** The project path the model's own file is found at: {@code data/} and its file name, where uploads put it. */
    String projectFile() {
        return file == null ? null : projectFile(file);
    }

    private static String projectFile(String file) {
        return "data/" + Path.of(file).getFileName();
    }
}
