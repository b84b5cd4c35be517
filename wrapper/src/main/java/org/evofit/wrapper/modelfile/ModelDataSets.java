package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;

/**
 * The data sets a model file declares, named as {@link ModelFileReader} names them, read from the model's
 * text and the headers of its ORSO files only: an entry without a name is {@code data0}, {@code data1},
 * ..., and a polarised model's entry of an ORSO file of several polarisation channels is one data set per
 * channel ({@link OrtChannels}), named after the entry and its channel such as {@code pnr.ort ++}. For a
 * caller that lists a model's data sets without fitting it (the web service's start form).
 */
public final class ModelDataSets {

    /**
     * One data set of a model file.
     *
     * @param name       its name, as the fit's results name it
     * @param file       its file as the model names it (relative to the model), or null
     * @param sample     the sample it measures, or null (a model of one sample)
     * @param instrument the instrument it was measured on, or null
     * @param channel    its spin channel ({@code ++}, ...), or null (unpolarised)
     */
    public record Entry(String name, String file, String sample, String instrument, String channel) {
    }

    private ModelDataSets() {
    }

    /**
     * The data sets of model file {@code model}, in its order; empty when it has no {@code data:} list or an
     * entry is not a map.
     *
     * @param files where the file a data entry names is found (the ORSO files whose channels are read)
     * @throws ModelFileException when the model does not read, or a polarised ORSO file states a
     *                            polarisation that is no channel
     */
    public static List<Entry> read(Path model, Function<String, Path> files) {
        Node root = DocumentReader.read(model);
        if (!(root instanceof MapNode map) || !(OrtChannels.expand(map, files).optional("data").orElse(null)
                instanceof ListNode list)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof MapNode entry)) {
                return List.of();
            }
            out.add(new Entry(entry.optionalString("name", DataSpecs.defaultName(i)), entry.optionalString("file", null),
                    entry.optionalString("sample", null), entry.optionalString("instrument", null),
                    entry.optionalString(MagneticSpecs.CHANNEL, null)));
        }
        return List.copyOf(out);
    }
}
