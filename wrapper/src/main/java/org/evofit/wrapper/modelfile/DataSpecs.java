package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Reads the {@code data:} list: each data set's file (relative to the model file), columns and fit
 * range, and loads the file.
 */
final class DataSpecs {

    private static final Set<String> KEYS = Set.of("name", "file", "columns", "range", "dataSet");
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
     */
    static Read read(ListNode list, Path modelDirectory, Path firstDataFile) {
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
            DataSet data;
            sources.add(new DataSource(file, map.optionalString("dataSet", null)));
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ort")) {
                // ORSO files name their columns (Qz, R, sR, sQz), so no columns: is needed.
                if (map.has("columns")) {
                    throw map.required("columns").error("an .ort file names its own columns; remove columns:");
                }
                String wanted = map.optionalString("dataSet", null);
                DataSet loaded = org.evofit.wrapper.ort.OrtDataSets.load(file, wanted);
                data = new DataSet(name, loaded.x(), loaded.y(), loaded.error(), loaded.xResolution(),
                        loaded.xmin(), loaded.xmax());
                origins.add(new DataOrigin(file, wanted, null));
            } else {
                if (map.has("dataSet")) {
                    throw map.required("dataSet").error("dataSet: selects a curve of an .ort file; this file is not one");
                }
                ColumnSpec columns = map.optionalMap("columns").map(DataSpecs::columns).orElse(ColumnSpec.of(0, 1));
                data = ColumnTextLoader.load(file, name, columns);
                origins.add(new DataOrigin(file, null, columns));
            }
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
