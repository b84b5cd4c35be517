package org.evofit.wrapper.genx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.evofit.core.input.ReadFailure;
import org.evofit.wrapper.pickle.NumpyArray;
import org.evofit.wrapper.pickle.PickleException;
import org.evofit.wrapper.pickle.PickledObject;
import org.evofit.wrapper.pickle.SafePickle;

/**
 * Reads a GenX 2 project file ({@code .gx}): a zip whose entries {@code script}, {@code parameters} and
 * {@code data} are Python pickles (the script's text, GenX's {@code Parameters} and its {@code DataList}
 * of {@code DataSet}s) and whose {@code config} is the INI text. The pickles are read by {@link SafePickle}
 * as plain data: only GenX's data and parameter classes, numpy arrays and Python values are built, any
 * other class the file names is refused by name, and nothing from the file runs. The {@code fomfunction}
 * and {@code optimizer} entries name functions and solver state and are never opened.
 */
public final class GxReader {

    /** GenX 2 imported its modules from its own folder; GenX 3 put them in the genx package. */
    private static final Set<String> GENX_CLASSES = Set.of("data.DataList", "data.DataSet", "parameters.Parameters",
            "genx.data.DataList", "genx.data.DataSet", "genx.parameters.Parameters");

    private GxReader() {
    }

    /** Whether {@code file} starts as a zip archive does, as a .gx project (and no .hgx) does. */
    public static boolean isGx(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a .gx project: its script, parameter table, data sets and configuration.
     *
     * @throws GenxImportException when the file is not a zip, lacks an entry GenX writes, or a pickle in
     *                             it is malformed or names a class evofit does not read (named in the message)
     */
    public static GenxProject read(Path file) {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new GenxImportException(shown, 0, "file not found");
        }
        try (var probe = Files.newByteChannel(file)) {
            // Opened once first: the zip library's failure to open is "PATH (reason)", untyped and naming the file.
        } catch (IOException e) {
            throw new GenxImportException(shown, 0, ReadFailure.detail(e));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String script = text(unpickle(zip, "script", shown), "script", shown);
            List<GenxParameter> parameters = parameters(unpickle(zip, "parameters", shown), shown);
            List<GenxDataSet> dataSets = dataSets(unpickle(zip, "data", shown), shown);
            ZipEntry config = zip.getEntry("config");
            String configText = config == null ? "" : new String(bytes(zip, config), StandardCharsets.UTF_8);
            return new GenxProject(script, parameters, dataSets, configText);
        } catch (ZipException e) {
            throw new GenxImportException(shown, 0, "expected a GenX 2 project (.gx, a zip archive) but the file is"
                    + " not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new GenxImportException(shown, 0, ReadFailure.detail(e));
        }
    }

    private static Object unpickle(ZipFile zip, String entry, String shown) throws IOException {
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            throw new GenxImportException(shown, 0, "expected the entry '" + entry + "' that GenX 2 writes in a .gx"
                    + " project but the zip has none");
        }
        try {
            return SafePickle.read(bytes(zip, found), GENX_CLASSES);
        } catch (PickleException e) {
            throw new GenxImportException(shown, 0, "entry '" + entry + "': " + e.getMessage());
        }
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static List<GenxParameter> parameters(Object pickled, String shown) {
        PickledObject table = object(pickled, "parameters", "the parameter table", shown);
        List<?> rows = list(table.get("data"), "parameters", "the parameter table's data", shown);
        List<GenxParameter> parameters = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = "parameter row " + (i + 1);
            List<?> row = list(rows.get(i), "parameters", where, shown);
            if (row.size() < 5) {
                throw new GenxImportException(shown, 0, "entry 'parameters': expected " + where
                        + " to hold name, value, fit, min and max but found " + row.size() + " items");
            }
            String name = text(row.get(0), "parameters", shown).strip();
            if (!name.isEmpty()) {
                parameters.add(new GenxParameter(i, name, number(row.get(1), where, shown), flag(row.get(2)),
                        number(row.get(3), where, shown), number(row.get(4), where, shown)));
            }
        }
        return parameters;
    }

    private static List<GenxDataSet> dataSets(Object pickled, String shown) {
        PickledObject dataList = object(pickled, "data", "the data list", shown);
        List<?> items = list(dataList.get("items"), "data", "the data list's items", shown);
        List<GenxDataSet> dataSets = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PickledObject set = object(items.get(i), "data", "data set " + i, shown);
            String name = text(set.get("name"), "data", shown);
            GenxDataSet d = new GenxDataSet(name, array(set, "x", i, shown), array(set, "y", i, shown),
                    array(set, "error", i, shown), flag(set.get("use_error")), extra(set, "extra_data", i, shown));
            GenxRawData raw = raw(set, i, shown);
            // The same translation as an .hgx data set's: the raw columns with the commands as expressions.
            RawColumns columns = raw == null ? null : GenxCommands.translate(d, raw, shown);
            dataSets.add(columns == null ? d : new GenxDataSet(name, d.x(), d.y(), d.error(), d.useError(), d.extra(),
                    columns));
        }
        return dataSets;
    }

    /**
     * The raw arrays and x/y/error commands GenX 2 kept beside the computed data, or null when the data set
     * lacks one of them.
     */
    private static GenxRawData raw(PickledObject set, int index, String shown) {
        for (String attribute : List.of("x_raw", "y_raw", "error_raw", "x_command", "y_command", "error_command")) {
            if (set.get(attribute) == null) {
                return null;
            }
        }
        return new GenxRawData(text(set.get("x_command"), "data", shown), text(set.get("y_command"), "data", shown),
                text(set.get("error_command"), "data", shown), array(set, "x_raw", index, shown),
                array(set, "y_raw", index, shown), array(set, "error_raw", index, shown),
                extra(set, "extra_data_raw", index, shown));
    }

    /**
     * GenX's extra data columns by name: {@code extra_data} (such as res, after their commands) or
     * {@code extra_data_raw}; none when the set has none.
     */
    private static Map<String, double[]> extra(PickledObject set, String attribute, int index, String shown) {
        Map<String, double[]> extra = new LinkedHashMap<>();
        if (set.get(attribute) instanceof Map<?, ?> columns) {
            for (Map.Entry<?, ?> column : columns.entrySet()) {
                String name = String.valueOf(column.getKey());
                extra.put(name, values(column.getValue(), attribute + " " + name, index, shown));
            }
        }
        return extra;
    }

    private static double[] array(PickledObject set, String attribute, int index, String shown) {
        return values(set.get(attribute), attribute, index, shown);
    }

    private static double[] values(Object value, String attribute, int index, String shown) {
        if (value instanceof NumpyArray array) {
            return array.values();
        }
        if (value instanceof List<?> list) {
            double[] values = new double[list.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(list.get(i), "data set " + index + " " + attribute, shown);
            }
            return values;
        }
        throw new GenxImportException(shown, 0, "entry 'data': expected data set " + index + "'s " + attribute
                + " to be an array of numbers but found " + (value == null ? "none" : value.getClass().getSimpleName()));
    }

    private static PickledObject object(Object value, String entry, String what, String shown) {
        if (value instanceof PickledObject object) {
            return object;
        }
        throw new GenxImportException(shown, 0, "entry '" + entry + "': expected " + what + " to be one of GenX's"
                + " objects but found " + (value == null ? "none" : value.getClass().getSimpleName()));
    }

    private static List<?> list(Object value, String entry, String what, String shown) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof org.evofit.wrapper.pickle.PyTuple tuple) {
            return tuple.items();
        }
        throw new GenxImportException(shown, 0, "entry '" + entry + "': expected " + what + " to be a list but found "
                + (value == null ? "none" : value.getClass().getSimpleName()));
    }

    private static double number(Object value, String where, String shown) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new GenxImportException(shown, 0, "entry 'parameters': expected a number in " + where + " but found "
                + (value == null ? "none" : "'" + value + "'"));
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.doubleValue() != 0;
    }

    /**
     * Text from a pickle. A Python 2 str arrives one character per byte; GenX 2 wrote its script as UTF-8
     * bytes, so such text is decoded as UTF-8 when it is valid UTF-8.
     */
    private static String text(Object value, String entry, String shown) {
        if (!(value instanceof String text)) {
            throw new GenxImportException(shown, 0, "entry '" + entry + "': expected text but found "
                    + (value == null ? "none" : value.getClass().getSimpleName()));
        }
        if (text.chars().allMatch(c -> c < 0x100) && text.chars().anyMatch(c -> c >= 0x80)) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (CharacterCodingException e) {
                return text;
            }
        }
        return text;
    }
}
