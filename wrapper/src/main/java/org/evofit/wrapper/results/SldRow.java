package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.refl.SldProfile;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of {@code sld.csv}, a reflectivity model's SLD profile at the fitted values:
 * {@code z (Å),sld (1e-6/Å²),isld (1e-6/Å²)}, and for polarised neutrons also
 * {@code rhoM (1e-6/Å²),thetaM (deg)}, the magnetic SLD and the in-plane angle of the magnetisation.
 *
 * @param z      depth, Å
 * @param sld    real SLD, 1e-6/Å²
 * @param isld   imaginary SLD, 1e-6/Å²
 * @param rhoM   magnetic SLD, 1e-6/Å², NaN in the profile of an unpolarised model
 * @param thetaM magnetisation angle, degrees, NaN in the profile of an unpolarised model
 */
public record SldRow(double z, double sld, double isld, double rhoM, double thetaM) {

    /** The file's columns for an unpolarised model. */
    public static final CsvSchema<SldRow> SCHEMA = new CsvSchema<>(List.of(
            new Column<>("z", "Å", r -> ResultCsv.number(r.z())),
            new Column<>("sld", "1e-6/Å²", r -> ResultCsv.number(r.sld())),
            new Column<>("isld", "1e-6/Å²", r -> ResultCsv.number(r.isld()))),
            f -> new SldRow(f.number(0), f.number(1), f.number(2)));

    /** The file's columns for a polarised model: those of {@link #SCHEMA}, then the magnetisation's. */
    public static final CsvSchema<SldRow> MAGNETIC_SCHEMA = new CsvSchema<>(concat(SCHEMA.columns(), List.of(
            new Column<>("rhoM", "1e-6/Å²", r -> ResultCsv.number(r.rhoM())),
            new Column<>("thetaM", "deg", r -> ResultCsv.number(r.thetaM())))),
            f -> new SldRow(f.number(0), f.number(1), f.number(2), f.number(3), f.number(4)));

    /** A row of an unpolarised model's profile. */
    public SldRow(double z, double sld, double isld) {
        this(z, sld, isld, Double.NaN, Double.NaN);
    }

    /** Whether the row holds a magnetisation (a polarised model's profile). */
    public boolean magnetic() {
        return !Double.isNaN(rhoM);
    }

    /** The rows of a profile, one per depth. */
    public static List<SldRow> of(SldProfile p) {
        List<SldRow> rows = new ArrayList<>(p.z().length);
        for (int k = 0; k < p.z().length; k++) {
            rows.add(p.magnetic() ? new SldRow(p.z()[k], p.re()[k], p.im()[k], p.rhoM()[k], p.thetaM()[k])
                    : new SldRow(p.z()[k], p.re()[k], p.im()[k]));
        }
        return rows;
    }

    /** The text of sld.csv: with the magnetic columns when the rows hold a magnetisation. */
    public static String format(List<SldRow> rows) {
        return (!rows.isEmpty() && rows.get(0).magnetic() ? MAGNETIC_SCHEMA : SCHEMA).format(rows);
    }

    /** Reads sld.csv, with its magnetic columns when it has them. */
    public static List<SldRow> read(Path file) {
        CsvRows table = ResultCsv.read(file);
        return (table.has("rhoM") ? MAGNETIC_SCHEMA : SCHEMA).read(table);
    }

    private static <R> List<Column<R>> concat(List<Column<R>> first, List<Column<R>> then) {
        List<Column<R>> out = new ArrayList<>(first);
        out.addAll(then);
        return out;
    }
}
