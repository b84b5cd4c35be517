package org.evofit.wrapper.genx;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.input.ReadFailure;

/**
 * Reads the models of a GenX {@code .hgx} file (HDF5): the {@code current/} group and the batch
 * entries beside it. A data set's {@code meta/} group, which holds pickled Python values jhdf cannot open,
 * is read by {@link MetaTree}.
 */
public final class HgxReader {

    /** Every HDF5 file starts with these eight bytes (at offset 0 unless a user block precedes them). */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private HgxReader() {
    }

    /**
     * Reads a project file's active model ({@code current/}).
     *
     * @param file the .hgx file
     * @return its script, parameters, data and configuration
     * @throws GenxImportException when the file is missing, not HDF5, or lacks what GenX writes
     */
    public static GenxProject read(Path file) {
        return readWithBatch(file).current();
    }

    /**
     * Reads a project file: the active model and every entry of its batch list (GenX 3 writes each
     * as a further top-level group {@code <index>-<name>} beside {@code current}).
     *
     * @param file the .hgx file
     * @return the active model and the batch entries in GenX's list order (empty for a single model)
     * @throws GenxImportException when the file is missing, not HDF5, or lacks what GenX writes
     */
    public static GenxFile readWithBatch(Path file) {
        String shown = file.toString();
        requireHdf5(file, shown);
        try (HdfFile hdf = new HdfFile(file)) {
            String config = text(hdf, "current/config", shown);
            GenxProject current = project(hdf, "current", config, shown);
            // GenX sorts the names as text; the zero-padded index in front keeps that the list order.
            List<String> names = new ArrayList<>(hdf.getChildren().keySet());
            names.remove("current");
            names.sort(Comparator.naturalOrder());
            List<BatchEntry> batch = new ArrayList<>();
            for (String name : names) {
                if (name.matches("\\d+-.*") && hdf.getChild(name) instanceof Group g
                        && g.getChildren().containsKey("script")) {
                    // Entries carry no configuration of their own: GenX keeps solver settings in current only.
                    batch.add(new BatchEntry(name, number(hdf, name + "/sequence_value", shown),
                            project(hdf, name, config, shown)));
                }
            }
            return new GenxFile(current, batch);
        } catch (HdfException e) {
            throw new GenxImportException(shown, 0, "cannot read the GenX project: " + e.getMessage());
        }
    }

    private static GenxProject project(HdfFile hdf, String group, String config, String shown) {
        String script = text(hdf, group + "/script", shown);
        return new GenxProject(script, parameters(hdf, group, shown), dataSets(hdf, group, shown), config);
    }

    private static double number(HdfFile hdf, String path, String shown) {
        Object v = data(hdf, path, shown);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new GenxImportException(shown, 0, path + " is not a number");
    }

    private static void requireHdf5(Path file, String shown) {
        if (!Files.exists(file)) {
            throw new GenxImportException(shown, 0, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new GenxImportException(shown, 0, "expected a GenX project file but found a directory, device or pipe");
        }
        byte[] head = new byte[SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, SIGNATURE)) {
                throw new GenxImportException(shown, 0,
                        "not an HDF5 file (.hgx) nor a zip archive (GenX 2's .gx), so not a GenX project");
            }
        } catch (IOException e) {
            throw new GenxImportException(shown, 0, ReadFailure.detail(e));
        }
    }

    private static List<GenxParameter> parameters(HdfFile hdf, String group, String shown) {
        Object[] names = (Object[]) column(hdf, group, 0, shown);
        double[] values = (double[]) column(hdf, group, 1, shown);
        Object flags = column(hdf, group, 2, shown);
        double[] min = (double[]) column(hdf, group, 3, shown);
        double[] max = (double[]) column(hdf, group, 4, shown);
        List<GenxParameter> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = String.valueOf(names[i]).trim();
            if (!name.isEmpty()) {
                out.add(new GenxParameter(i, name, values[i], flag(flags, i), min[i], max[i]));
            }
        }
        return out;
    }

    /** The fit flag: jhdf gives HDF5's boolean enum as the names "TRUE"/"FALSE"; accept a boolean[] too. */
    private static boolean flag(Object flags, int i) {
        if (flags instanceof boolean[] b) {
            return b[i];
        }
        return "TRUE".equalsIgnoreCase(String.valueOf(((Object[]) flags)[i]));
    }

    private static Object column(HdfFile hdf, String group, int col, String shown) {
        return data(hdf, group + "/parameters/data col " + col, shown);
    }

    private static List<GenxDataSet> dataSets(HdfFile hdf, String model, String shown) {
        Node node;
        try {
            node = hdf.getByPath(model + "/data/datasets");
        } catch (HdfException e) {
            node = null;
        }
        if (!(node instanceof Group group)) {
            throw new GenxImportException(shown, 0, "no " + model + "/data/datasets group");
        }
        // The children are named 0, 1, 2, ... in data[] order; sort numerically, not as text.
        List<String> keys = new ArrayList<>(group.getChildren().keySet());
        keys.sort(Comparator.comparingInt(HgxReader::index));
        List<GenxDataSet> out = new ArrayList<>();
        for (String k : keys) {
            String p = model + "/data/datasets/" + k + "/";
            String name = text(hdf, p + "name", shown);
            boolean useError = group.getChild(k) instanceof Group g && g.getChildren().containsKey("use_error")
                    && Boolean.TRUE.equals(booleanValue(data(hdf, p + "use_error", shown)));
            GenxDataSet d = new GenxDataSet(name, doubles(hdf, p + "x", shown), doubles(hdf, p + "y", shown),
                    doubles(hdf, p + "error", shown), useError, extra(hdf, p + "extra_data", shown));
            GenxRawData raw = raw(hdf, p, group.getChild(k), shown);
            RawColumns columns = raw == null ? null : GenxCommands.translate(d, raw, shown);
            GenxDataSet read = columns == null ? d : new GenxDataSet(name, d.x(), d.y(), d.error(), useError, d.extra(),
                    columns);
            boolean hasMeta = group.getChild(k) instanceof Group g && g.getChildren().containsKey("meta");
            out.add(hasMeta ? read.loadedFrom(loadedFrom(hdf, p + "meta")) : read);
        }
        return out;
    }

    /**
     * Where GenX loaded a data set from; a {@code meta} group this reader cannot walk counts as no record
     * (the data file is then written as column text, saying so), not as a project that cannot be imported.
     */
    private static LoadedFrom loadedFrom(HdfFile hdf, String path) {
        try {
            return LoadedFrom.of(MetaTree.read(hdf, path));
        } catch (HdfException | IllegalStateException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /** GenX's extra data columns (such as res), by name; none when the group is absent. */
    private static Map<String, double[]> extra(HdfFile hdf, String path, String shown) {
        Map<String, double[]> out = new LinkedHashMap<>();
        Node node;
        try {
            node = hdf.getByPath(path);
        } catch (HdfException e) {
            return out;
        }
        if (node instanceof Group g) {
            for (String name : g.getChildren().keySet()) {
                out.put(name, doubles(hdf, path + "/" + name, shown));
            }
        }
        return out;
    }

    /**
     * The raw arrays and commands GenX computed the data set from, or null when the file has none (as
     * files written before GenX kept them).
     */
    private static GenxRawData raw(HdfFile hdf, String p, Node node, String shown) {
        if (!(node instanceof Group g) || !g.getChildren().keySet().containsAll(
                List.of("x_raw", "y_raw", "error_raw", "x_command", "y_command", "error_command"))) {
            return null;
        }
        Map<String, double[]> extra = new LinkedHashMap<>();
        if (g.getChildren().get("extra_data_raw") instanceof Group extras) {
            for (String name : extras.getChildren().keySet()) {
                extra.put(name, doubles(hdf, p + "extra_data_raw/" + name, shown));
            }
        }
        return new GenxRawData(text(hdf, p + "x_command", shown), text(hdf, p + "y_command", shown),
                text(hdf, p + "error_command", shown), doubles(hdf, p + "x_raw", shown),
                doubles(hdf, p + "y_raw", shown), doubles(hdf, p + "error_raw", shown), extra);
    }

    private static int index(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Boolean booleanValue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return "TRUE".equalsIgnoreCase(String.valueOf(value));
    }

    /**
     * A 1-d array of doubles.
     *
     * @param hdf  the open file
     * @param path the dataset's path
     * @param file the file as the user named it, for messages
     * @return the values
     */
    static double[] doubles(HdfFile hdf, String path, String file) {
        Object v = data(hdf, path, file);
        if (!(v instanceof double[] d)) {
            throw new GenxImportException(file, 0, path + " is not an array of numbers");
        }
        return d;
    }

    private static String text(HdfFile hdf, String path, String file) {
        Object v = data(hdf, path, file);
        if (v instanceof String s) {
            return s;
        }
        throw new GenxImportException(file, 0, path + " is not text");
    }

    private static Object data(HdfFile hdf, String path, String file) {
        Node node;
        try {
            node = hdf.getByPath(path);
        } catch (HdfException e) {
            throw new GenxImportException(file, 0, "no " + path + " in the file; is it a GenX 3 project?");
        }
        if (!(node instanceof Dataset dataset)) {
            throw new GenxImportException(file, 0, path + " is not a dataset");
        }
        return dataset.getData();
    }
}
