package org.evofit.server.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;

/**
 * One entry of a model file's {@code data:} list as the start form and a start's check need it: read from
 * the model's text alone, without its data files, so the project page can show every model's data sets
 * cheaply and a start can name a data set the model lacks before anything is planned.
 *
 * @param name       the data set's name ({@code dataN} for an entry without one, as the model reader names it)
 * @param file       its file as the model names it (relative to the model)
 * @param sample     the sample it measures, or null (a model of one sample)
 * @param instrument the instrument it was measured on, or null
 * @param channel    its spin channel ({@code ++}, ...), or null (unpolarised)
 */
record ModelDataSet(String name, String file, String sample, String instrument, String channel) {

    /**
     * The data sets of model file {@code model}, in its order; empty for a model script (whose data sets
     * have no names) or a file that does not read (the plan then says why, at its line).
     */
    static List<ModelDataSet> of(Path model) {
        if (ModelFiles.isScript(model)) {
            return List.of();
        }
        try {
            Node root = DocumentReader.read(model);
            if (!(root instanceof MapNode map) || !(map.optional("data").orElse(null) instanceof ListNode list)) {
                return List.of();
            }
            List<ModelDataSet> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof MapNode entry)) {
                    return List.of();
                }
                out.add(new ModelDataSet(entry.optionalString("name", "data" + i), entry.optionalString("file", null),
                        entry.optionalString("sample", null), entry.optionalString("instrument", null),
                        entry.optionalString("channel", null)));
            }
            return out;
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
        return file == null ? null : "data/" + Path.of(file).getFileName();
    }
}
