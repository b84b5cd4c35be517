package org.evofit.wrapper.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;

/**
 * ORSO reflectivity text files ({@code .ort}, see {@link OrtReader}): every data set of the file is a
 * curve, x is Qz in inverse ångström (or an angle in degrees for the angle-dispersive layout, read leniently
 * with a note per assumption), the wavelength is the header's
 * {@code data_source.measurement.instrument_settings.wavelength} when it is one value.
 */
public final class OrtFormat implements DataFormat {

    /** The format's name, also what results writing checks to write {@code fit.ort}. */
    public static final String NAME = "ort";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of(".ort");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.text().startsWith("# # ORSO reflectivity data file");
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        List<String> notes = new ArrayList<>();
        if (options.columns() != null) {
            notes.add(acceptColumns(file, options.columns()));
        }
        OrtFile ort = OrtReader.read(file);
        List<OrtDataSet> sets = ort.dataSets();
        if (options.dataSet() != null) {
            OrtDataSet chosen = ort.find(options.dataSet()).orElseThrow(() -> DataFileException.ofFile(
                    file.toString(), "expected a data set named or numbered '" + options.dataSet()
                            + "' but the file holds " + LoadedFile.describe(ort.names())));
            sets = List.of(chosen);
        }
        // columns: {..., error: none} says the errors are not to be used (a GenX import whose data set did not).
        boolean noError = options.columns() != null && ColumnSpec.NO_ERROR.equals(options.columns().error());
        List<LoadedCurve> curves = new ArrayList<>();
        for (OrtDataSet set : sets) {
            curves.add(curve(set, noError));
            String prefix = ort.dataSets().size() > 1 ? "data set '" + set.name() + "': " : "";
            set.assumptions().forEach(a -> notes.add(prefix + a));
        }
        return new LoadedFile(file, NAME, curves, notes);
    }

    /**
     * A {@code columns:} on an .ort file (a GenX import names x: 0, y: 1, error: 2) is accepted when it
     * agrees with ORSO's own column order, and refused otherwise: the file's header says what each column is.
     */
    static String acceptColumns(Path file, ColumnSpec columns) {
        if (!inOrsoOrder(columns)) {
            throw DataFileException.ofFile(file.toString(), "an .ort file names its own columns (Qz, R, its error,"
                    + " Qz's resolution, in that order); expected no columns: or columns in that order"
                    + " (x: 0, y: 1, error: 2, resolution: 3) but found " + columns.describe());
        }
        return "columns: {" + columns.describe().replace("=", ": ") + "} agrees with ORSO's column order"
                + " (Qz, R, error, resolution); the columns are read as the file's header names them";
    }

    /** Whether x, y, error and resolution are the ORSO columns 0, 1, 2 and 3 (error and resolution optional). */
    public static boolean inOrsoOrder(ColumnSpec c) {
        return c.isPlainOrder();
    }

    private static LoadedCurve curve(OrtDataSet set, boolean noError) {
        DataSet d = set.data();
        XAxis axis = switch (set.abscissa()) {
            case QZ -> XAxis.Q;
            case TWO_THETA -> XAxis.TWO_THETA;
            case THETA -> XAxis.THETA;
        };
        return new LoadedCurve(set.name(), d.x(), d.y(), noError ? null : d.error(), d.xResolution(), axis,
                wavelength(set.header()), null, d.hasWavelength() ? Map.of(LoadedCurve.WAVELENGTH, d.wavelength())
                : Map.of(), set.lines());
    }

    /**
     * The header's wavelength in ångström when it states one value ({@code magnitude}), else NaN: a
     * time-of-flight file gives a range, which no single conversion can use.
     */
    static double wavelength(JsonNode header) {
        JsonNode w = header.path("data_source").path("measurement").path("instrument_settings").path("wavelength");
        JsonNode magnitude = w.path("magnitude");
        if (!magnitude.isNumber()) {
            return Double.NaN;
        }
        String unit = w.path("unit").asText("angstrom");
        return switch (unit) {
            case "angstrom" -> magnitude.asDouble();
            case "nm" -> magnitude.asDouble() * 10;
            default -> Double.NaN;
        };
    }
}
