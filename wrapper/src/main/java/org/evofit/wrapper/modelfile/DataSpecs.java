package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.data.ColumnTextFormat;
import org.evofit.wrapper.data.CurveForModel;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.DataFormats;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ModelAxis;
import org.evofit.wrapper.data.OrtFormat;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Reads the {@code data:} list: each data set's file (relative to the model file), its format (chosen by
 * {@code format:} or by the file's name and content), columns and fit range, and loads the file through
 * {@link DataFormats}, made ready for the model's instrument by {@link CurveForModel}.
 */
final class DataSpecs {

    private static final Set<String> KEYS = Set.of("name", "file", "format", "columns", "range", "dataSet");
    private static final Set<String> COLUMN_KEYS = Set.of("x", "y", "error", "resolution");
    private static final Set<String> RANGE_KEYS = Set.of("xmin", "xmax");

    private DataSpecs() {
    }

    /** The data sets, where each came from, and how the file was read (for writing the model back). */
    record Read(List<DataSet> dataSets, List<DataSource> sources, List<DataOrigin> origins) {
    }

    /**
     * @param firstDataFile replaces the first data set's file ({@code null}: keep it); its
     *                      {@code file:} is still required so the model file reads on its own
     * @param axis          the model's instrument coordinate, or {@code null} for a model without an instrument
     */
    static Read read(ListNode list, Path modelDirectory, Path firstDataFile, ModelAxis axis) {
        if (list.isEmpty()) {
            throw list.error("expected at least one data set");
        }
        List<DataSet> out = new ArrayList<>();
        List<DataSource> sources = new ArrayList<>();
        List<DataOrigin> origins = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            MapNode map = list.get(i).asMap().rejectUnknownKeys(KEYS);
            String name = map.optionalString("name", "data" + i);
            if (!names.add(name)) {
                throw map.required("name").error("data set name '" + name + "' is used twice; expected unique names");
            }
            Path named = modelDirectory.resolve(map.string("file"));
            Path file = i == 0 && firstDataFile != null ? firstDataFile : named;
            String formatName = formatName(map);
            String wanted = map.optionalString("dataSet", null);
            ColumnSpec columns = map.optionalMap("columns").map(DataSpecs::columns).orElse(null);
            DataFormat format = DataFormats.of(file, formatName);
            if (columns != null && format.name().equals(OrtFormat.NAME) && !OrtFormat.inOrsoOrder(columns)) {
                throw map.required("columns").error("an .ort file names its own columns (Qz, R, its error, Qz's"
                        + " resolution, in that order); expected no columns: or columns in that order"
                        + " (x: 0, y: 1, error: 2, resolution: 3) but found " + columns.describe());
            }
            if (wanted != null && format.name().equals(DataFormats.COLUMNS)) {
                throw map.required("dataSet").error("dataSet: selects a curve of a file of several (an .ort"
                        + " file); this file is column text");
            }
            LoadedFile loaded = format.read(file, new ReadOptions(columns, wanted));
            CurveForModel.Prepared prepared = CurveForModel.prepare(loaded.single(), axis, file.toString());
            List<String> notes = new ArrayList<>(loaded.notes());
            notes.addAll(prepared.notes());
            DataSet data = prepared.curve().toDataSet(name);
            sources.add(new DataSource(file, wanted, format.name(), notes));
            origins.add(new DataOrigin(file, wanted, columns != null || format.name().equals(DataFormats.COLUMNS)
                    ? columnsOrDefault(columns) : null, formatName));
            if (map.optionalMap("range").isPresent()) {
                MapNode range = map.map("range").rejectUnknownKeys(RANGE_KEYS);
                double xmin = range.optionalNumber("xmin", Double.NEGATIVE_INFINITY);
                double xmax = range.optionalNumber("xmax", Double.POSITIVE_INFINITY);
                if (xmin > xmax) {
                    throw range.error("expected xmin <= xmax but found xmin " + xmin + " > xmax " + xmax);
                }
                data = data.withRange(xmin, xmax);
                if (data.fitted().size() == 0) {
                    throw range.error("no point of " + file.getFileName() + " lies in [" + xmin + ", " + xmax + "]");
                }
            }
            out.add(data);
        }
        return new Read(out, sources, origins);
    }

    /** The entry's {@code format:}, checked at its line against the registered names; {@code null} for none. */
    private static String formatName(MapNode map) {
        if (!map.has("format")) {
            return null;
        }
        String name = map.string("format");
        if (DataFormats.named(name).isEmpty()) {
            throw map.required("format").error("unknown data format '" + name + "'; expected one of "
                    + String.join(", ", DataFormats.names()));
        }
        return name;
    }

    private static ColumnSpec columnsOrDefault(ColumnSpec columns) {
        return columns != null ? columns : ColumnTextFormat.DEFAULT_COLUMNS;
    }

    private static ColumnSpec columns(MapNode map) {
        map.rejectUnknownKeys(COLUMN_KEYS);
        int x = index(map, "x", 0);
        int y = index(map, "y", 1);
        int error = index(map, "error", ColumnSpec.ABSENT);
        int resolution = index(map, "resolution", ColumnSpec.ABSENT);
        return ParameterSpecs.at(map, () -> ColumnSpec.of(x, y, error, resolution));
    }

    private static int index(MapNode map, String key, int defaultValue) {
        int v = map.optionalInteger(key, defaultValue);
        if (map.has(key) && v < 0) {
            Node node = map.required(key);
            throw node.error("expected a column index >= 0 (the first column is 0) but found " + v);
        }
        return v;
    }
}
