package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.expr.ExpressionException;
import org.evofit.wrapper.data.ColumnTextFormat;
import org.evofit.wrapper.data.CurveForModel;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ModelAxis;
import org.evofit.wrapper.data.OrtFormat;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads the {@code data:} list: each data set's file (relative to the model file), its format (chosen by
 * {@code format:} or by the file's name and content), columns and fit range, and loads the file through
 * {@link DataFormats}, made ready for the model's instrument by {@link CurveForModel}.
 */
final class DataSpecs {

    /** The keys that name what produces a data set of a joint model ({@link JointSpecs}). */
    static final String SAMPLE = "sample";
    /** See {@link #SAMPLE}. */
    static final String INSTRUMENT = "instrument";
    private static final Set<String> KEYS = Set.of("name", "file", "format", "columns", "comment", "rows",
            "range", "dataSet", SAMPLE, INSTRUMENT, MagneticSpecs.CHANNEL);
    private static final Set<String> COLUMN_KEYS = Set.of("x", "y", "error", "resolution", "lambda");
    private static final Set<String> RANGE_KEYS = Set.of("xmin", "xmax");
    private static final Set<String> ROWS_KEYS = Set.of("from", "to");

    private DataSpecs() {
    }

    /**
     * The data sets, where each came from, how the file was read (for writing the model back), and the
     * first point of each data set without a usable error (for figures of merit that divide by errors).
     */
    record Read(List<DataSet> dataSets, List<DataSource> sources, List<DataOrigin> origins,
                List<UnusableError> unusableErrors) {
    }

    /**
     * @param replacement   the files read instead of those the entries name; an entry's {@code file:} is
     *                      still required so the model file reads on its own
     * @param axes          each entry's instrument coordinate, by the entry's index; {@code null} (or a
     *                      {@code null} coordinate) for a model without an instrument
     */
    /** The name of data entry {@code index} (from 0) that gives none: {@code data0}, {@code data1}, ... */
    static String defaultName(int index) {
        return "data" + index;
    }

    static Read read(ListNode list, Path modelDirectory, DataReplacement replacement, IntFunction<ModelAxis> axes) {
        if (list.isEmpty()) {
            throw list.error("expected at least one data set");
        }
        List<DataSet> out = new ArrayList<>();
        List<DataSource> sources = new ArrayList<>();
        List<DataOrigin> origins = new ArrayList<>();
        List<UnusableError> unusable = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            MapNode map = list.get(i).asMap().rejectUnknownKeys(KEYS);
            String name = map.optionalString("name", defaultName(i));
            if (!names.add(name)) {
                throw map.required("name").error("data set name '" + name + "' is used twice; expected unique names");
            }
            Path named = modelDirectory.resolve(map.string("file"));
            Path file = replacement.fileOf(i, name, named);
            String formatName = formatName(map);
            String wanted = map.optionalString("dataSet", null);
            ColumnSpec columns = textLayout(map);
            DataFormat format = DataFormats.of(file, formatName);
            for (String key : List.of("comment", "rows")) {
                if (map.has(key) && !format.name().equals(DataFormats.COLUMNS)) {
                    throw map.required(key).error(key + ": applies to column text; this file is read as "
                            + format.name() + ", which knows its own lines and rows");
                }
            }
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
            ModelAxis axis = axes == null ? null : axes.apply(i);
            CurveForModel.Prepared prepared = CurveForModel.prepare(loaded.single(), axis, file.toString());
            List<String> notes = new ArrayList<>(loaded.notes());
            notes.addAll(prepared.notes());
            DataSet data = prepared.curve().toDataSet(name);
            sources.add(new DataSource(file, wanted, format.name(), notes));
            origins.add(new DataOrigin(file, wanted, columns != null || format.name().equals(DataFormats.COLUMNS)
                    ? columnsOrDefault(columns) : null, formatName));
            data = ranged(map, data, file);
            UnusableError bad = UnusableError.first(file, loaded.single(), data);
            if (bad != null) {
                unusable.add(bad);
            }
            out.add(data);
        }
        requireKnown(replacement, names, list);
        return new Read(out, sources, origins, unusable);
    }

    /**
     * A data set to replace by a name the model does not have would silently keep its own file; the sweep
     * checks this where it names the data set, so here it is the model's list that is pointed at.
     */
    private static void requireKnown(DataReplacement replacement, Set<String> names, ListNode list) {
        for (String name : replacement.byName().keySet()) {
            if (!names.contains(name)) {
                throw list.error("no data set is named '" + name + "' to read from "
                        + replacement.byName().get(name).getFileName() + "; expected one of "
                        + String.join(", ", names));
            }
        }
    }

    /** The data set with the entry's {@code range:}, if it has one; refused when no point lies in it. */
    private static DataSet ranged(MapNode map, DataSet data, Path file) {
        if (map.optionalMap("range").isEmpty()) {
            return data;
        }
        MapNode range = map.map("range").rejectUnknownKeys(RANGE_KEYS);
        double xmin = range.optionalNumber("xmin", Double.NEGATIVE_INFINITY);
        double xmax = range.optionalNumber("xmax", Double.POSITIVE_INFINITY);
        if (xmin > xmax) {
            throw range.error("expected xmin <= xmax but found xmin " + xmin + " > xmax " + xmax);
        }
        DataSet ranged = data.withRange(xmin, xmax);
        if (ranged.fitted().size() == 0) {
            throw range.error("no point of " + file.getFileName() + " lies in [" + xmin + ", " + xmax + "]");
        }
        return ranged;
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

    /**
     * A column text file's {@code columns:}, {@code comment:} and {@code rows:}; {@code null} when none is
     * given (the format's default).
     */
    private static ColumnSpec textLayout(MapNode map) {
        ColumnSpec columns = map.optionalMap("columns").map(DataSpecs::columns).orElse(null);
        if (map.has("comment")) {
            Node node = map.required("comment");
            String pattern = map.string("comment");
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw ModelFileReader.located(node, e.getIndex(), "expected a regular expression found in the "
                        + "lines to skip but found '" + pattern + "': " + e.getDescription());
            }
            columns = columnsOrDefault(columns).withComment(pattern);
        }
        if (map.optionalMap("rows").isPresent()) {
            MapNode rows = map.map("rows").rejectUnknownKeys(ROWS_KEYS);
            int from = rows.optionalInteger("from", 0);
            int to = rows.optionalInteger("to", Integer.MAX_VALUE);
            ColumnSpec unlimited = columnsOrDefault(columns);
            columns = ParameterSpecs.at(rows, () -> unlimited.withRows(from, to));
        }
        return columns;
    }

    private static ColumnSpec columns(MapNode map) {
        map.rejectUnknownKeys(COLUMN_KEYS);
        String x = term(map, "x", "0");
        String y = term(map, "y", "1");
        String error = term(map, "error", null);
        String resolution = term(map, "resolution", null);
        String wavelength = term(map, "lambda", null);
        return ParameterSpecs.at(map.optional("y").orElse(map),
                () -> ColumnSpec.terms(x, y, error, resolution).withWavelength(wavelength));
    }

    /** A column index, or an expression of columns checked where it is written. */
    private static String term(MapNode map, String key, String defaultValue) {
        if (!map.has(key)) {
            return defaultValue;
        }
        ScalarNode node = map.required(key).asScalar();
        String text = node.asString();
        if (key.equals("error") && text.strip().equals(ColumnSpec.NO_ERROR)) {
            return ColumnSpec.NO_ERROR;
        }
        if (!node.quoted() && text.matches("[+-]?\\d+")) {
            int v = map.integer(key);
            if (v < 0) {
                throw node.error("expected a column index >= 0 (the first column is 0) but found " + v);
            }
            return String.valueOf(v);
        }
        try {
            ColumnSpec.checkTerm(text);
        } catch (ExpressionException e) {
            throw ModelFileReader.located(node, e.position(), e.getMessage());
        }
        return text;
    }
}
