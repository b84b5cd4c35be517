package org.evofit.wrapper.modelfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;

/**
 * Polarised channels of ORSO files: a {@code data:} entry naming an {@code .ort} file (and neither
 * {@code dataSet:} nor {@code channel:}) whose data sets state their polarisation in the header
 * ({@code data_source.measurement.instrument_settings.polarization}) becomes one entry per data set, each
 * selecting its data set and naming the channel its polarisation says: {@code pp} is {@code ++},
 * {@code mm} {@code --}, {@code pm} {@code +-}, {@code mp} {@code -+}, {@code po} (polariser +, no analyser)
 * {@code +}, {@code mo} {@code -}, {@code op} (no polariser, analyser +) {@code o+} and {@code om} {@code o-}.
 * Each is named after the entry (or the file) and its channel, such as
 * {@code pnr ++}. Only a polarised model ({@link MagneticSpecs#polarised}: a magnetic layer, an instrument's
 * {@code polarisation:} or a data set's {@code channel:}) has channels: an unpolarised model reads an .ort
 * file as before whatever its header says (ORSO's own example states {@code polarization: mo} for its one data
 * set). Entries of files without polarisation, or that cannot be read here (the data reader reports them), are
 * left as they are.
 */
final class OrtChannels {

    private static final Map<String, SpinChannel> ORSO = Map.of("pp", SpinChannel.PLUS_PLUS, "mm",
            SpinChannel.MINUS_MINUS, "pm", SpinChannel.PLUS_MINUS, "mp", SpinChannel.MINUS_PLUS, "po",
            SpinChannel.PLUS, "mo", SpinChannel.MINUS, "op", SpinChannel.UNPOLARISED_PLUS, "om",
            SpinChannel.UNPOLARISED_MINUS);
    private static final String UNPOLARISED = "unpolarized";

    private OrtChannels() {
    }

    /** {@code root} with each polarised .ort entry of {@code data:} replaced by one entry per channel. */
    static MapNode expand(MapNode root, Path directory) {
        return expand(root, directory::resolve);
    }

    /**
     * {@code root} with each polarised .ort entry of {@code data:} replaced by one entry per channel, each
     * entry's file found where {@code files} says (the model's {@code file:} text to a path).
     */
    static MapNode expand(MapNode root, Function<String, Path> files) {
        ListNode data = root.optionalList("data").orElse(null);
        if (data == null || !MagneticSpecs.polarised(root)) {
            return root;
        }
        List<Node> items = new ArrayList<>();
        boolean changed = false;
        for (Node item : data.items()) {
            List<Node> expanded = item instanceof MapNode entry ? channels(entry, files) : List.of(item);
            changed |= expanded.size() != 1 || expanded.get(0) != item;
            items.addAll(expanded);
        }
        if (!changed) {
            return root;
        }
        List<MapEntry> entries = new ArrayList<>();
        for (MapEntry e : root.entries()) {
            entries.add(e.key().equals("data") ? new MapEntry(e.key(), e.keyLocation(),
                    new ListNode(data.location(), items)) : e);
        }
        return new MapNode(root.location(), entries);
    }

    /** The entry, or one entry per data set of its polarised .ort file. */
    private static List<Node> channels(MapNode entry, Function<String, Path> files) {
        if (entry.has(MagneticSpecs.CHANNEL) || entry.has("dataSet") || !entry.has("file")
                || !(entry.required("file") instanceof ScalarNode fileNode)
                || !fileNode.text().toLowerCase(Locale.ROOT).endsWith(".ort")) {
            return List.of(entry);
        }
        Path file = files.apply(fileNode.text());
        OrtFile ort;
        try {
            ort = Files.isRegularFile(file) ? OrtReader.read(file) : null;
        } catch (RuntimeException unreadable) {
            return List.of(entry);
        }
        if (ort == null || ort.dataSets().stream().allMatch(s -> polarisation(s).equals(UNPOLARISED))) {
            return List.of(entry);
        }
        String base = entry.optionalString("name", fileNode.text());
        List<Node> out = new ArrayList<>();
        for (int k = 0; k < ort.dataSets().size(); k++) {
            OrtDataSet set = ort.dataSets().get(k);
            String p = polarisation(set);
            SpinChannel channel = ORSO.get(p);
            if (channel == null) {
                throw entry.error(file + ": data set '" + set.name() + "' has polarization '" + p + "'; expected one"
                        + " of pp, mm, pm, mp, po, mo, op, om for every data set of a polarised file");
            }
            List<MapEntry> entries = new ArrayList<>();
            for (MapEntry e : entry.entries()) {
                if (!e.key().equals("name")) {
                    entries.add(e);
                }
            }
            entries.add(scalar(entry, "name", base + " " + channel.label()));
            boolean unique = ort.names().stream().filter(set.name()::equals).count() == 1;
            entries.add(scalar(entry, "dataSet", unique ? set.name() : String.valueOf(k)));
            entries.add(scalar(entry, MagneticSpecs.CHANNEL, channel.label()));
            out.add(new MapNode(entry.location(), entries));
        }
        return out;
    }

    private static MapEntry scalar(MapNode at, String key, String value) {
        return new MapEntry(key, at.location(), new ScalarNode(at.location(), value, true));
    }

    /** The data set's polarisation as its header states it, {@code unpolarized} when it states none. */
    private static String polarisation(OrtDataSet set) {
        var p = set.header().path("data_source").path("measurement").path("instrument_settings")
                .path("polarization");
        return p.isTextual() ? p.asText() : UNPOLARISED;
    }
}
