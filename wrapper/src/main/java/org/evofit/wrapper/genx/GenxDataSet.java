package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.wrapper.modelfile.DataFileText;

/**
 * One data set of a GenX project, after GenX's own x/y/error commands were applied.
 *
 * @param name     the name shown in GenX
 * @param x        the abscissa
 * @param y        the measured values
 * @param error    the errors of y (GenX stores them even when it does not use them)
 * @param useError whether GenX uses the errors
 * @param extra    GenX's extra data columns by name (such as {@code res}, which a script reads as
 *                 {@code data[0].res}), after their commands; empty when there are none
 * @param raw        the raw columns with the commands as column expressions, or null when the commands are
 *                   GenX's defaults (then x, y and error are the raw data)
 * @param loadedFrom the file GenX loaded the data from, as its {@code meta} says, or null when the project
 *                   keeps no {@code meta} (GenX 2, or files made without one)
 */
public record GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError,
                          Map<String, double[]> extra, RawColumns raw, LoadedFrom loadedFrom) {

    /** Keeps the extra columns in GenX's order. */
    public GenxDataSet {
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A data set without extra columns whose commands are GenX's defaults. */
    public GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError) {
        this(name, x, y, error, useError, Map.of());
    }

    /** A data set whose commands are GenX's defaults. */
    public GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError,
                       Map<String, double[]> extra) {
        this(name, x, y, error, useError, extra, null);
    }

    /** A data set whose origin is unknown. */
    public GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError,
                       Map<String, double[]> extra, RawColumns raw) {
        this(name, x, y, error, useError, extra, raw, null);
    }

    /** The same data set under another name. */
    GenxDataSet named(String other) {
        return new GenxDataSet(other, x, y, error, useError, extra, raw, loadedFrom);
    }

    /** The same data set loaded from {@code from}. */
    GenxDataSet loadedFrom(LoadedFrom from) {
        return new GenxDataSet(name, x, y, error, useError, extra, raw, from);
    }

    /** How the importer writes this data set's file. */
    DataFileForm form() {
        return DataFileForm.of(this);
    }

    /** The data file's text: x, y and error, or the raw columns; {@code source} says where it came from. */
    String fileText(String source) {
        return fileText(source, null);
    }

    /**
     * The data file's text: x, y and error (or the raw columns that the model's column expressions read)
     * and, when {@code resolution} names an extra column, that column after them; {@code source} says where
     * it came from.
     */
    String fileText(String source, String resolution) {
        if (form().ort()) {
            return OrtDataText.text(this, resolution);
        }
        List<String> names = new ArrayList<>(raw != null ? raw.names() : List.of("x", "y", "error"));
        List<double[]> columns = new ArrayList<>(raw != null ? raw.columns() : List.of(x, y, error));
        if (resolution != null) {
            names.add(resolution);
            columns.add(extra.get(resolution));
        }
        return DataFileText.text(name + " from " + source + (raw != null
                ? " (GenX's raw data; model.yaml applies its x/y/error commands)"
                : " (GenX data after its x/y/error commands)"), names, columns);
    }

    /** How the model reads the data file {@link #fileText} writes, with or without its resolution column. */
    ColumnSpec columns(boolean withResolution) {
        if (form().ort()) {
            // An .ort file names its columns; only errors GenX did not use need saying.
            return useError ? null : ColumnSpec.terms("0", "1", ColumnSpec.NO_ERROR, withResolution ? "3" : null);
        }
        if (raw != null) {
            ColumnSpec s = raw.spec();
            return withResolution ? ColumnSpec.terms(s.x(), s.y(), s.error(), "c" + raw.names().size()) : s;
        }
        // The file always holds GenX's errors in column 2; they are read only where GenX used them.
        return ColumnSpec.of(0, 1, useError ? 2 : ColumnSpec.ABSENT, withResolution ? 3 : ColumnSpec.ABSENT);
    }

    /** The comment on the model's columns line, or null. */
    String columnsNote() {
        if (raw != null) {
            return raw.note();
        }
        if (useError) {
            return null;
        }
        return form().ort() ? "GenX did not use the file's errors" : "column 2 holds GenX's errors, which it did not use";
    }

    /**
     * File names for the data sets: the name with characters unsafe in file names replaced, made
     * unique, ending as {@link #form()} says; a name that is empty, hidden or model.yaml's gets "data_" in front.
     */
    static List<String> fileNames(List<GenxDataSet> data) {
        Set<String> used = new HashSet<>();
        return data.stream().map(d -> {
            String base = d.name().strip();
            if (base.isEmpty() || base.startsWith(".") || base.equalsIgnoreCase("model")) {
                base = "data_" + base;
            }
            return DataFileText.fileName(base, true, used, d.form().extension());
        }).toList();
    }
}
