package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.refl.SldProfile;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of {@code sld.csv}, a reflectivity model's SLD profile at the fitted values:
 * {@code z (Å),sld (1e-6/Å²),isld (1e-6/Å²)}.
 *
 * @param z    depth, Å
 * @param sld  real SLD, 1e-6/Å²
 * @param isld imaginary SLD, 1e-6/Å²
 */
public record SldRow(double z, double sld, double isld) {

    /** The file's columns. */
    public static final CsvSchema<SldRow> SCHEMA = new CsvSchema<>(List.of(
            new Column<>("z", "Å", r -> ResultCsv.number(r.z())),
            new Column<>("sld", "1e-6/Å²", r -> ResultCsv.number(r.sld())),
            new Column<>("isld", "1e-6/Å²", r -> ResultCsv.number(r.isld()))),
            f -> new SldRow(f.number(0), f.number(1), f.number(2)));

    /** The rows of a profile, one per depth. */
    public static List<SldRow> of(SldProfile p) {
        List<SldRow> rows = new ArrayList<>(p.z().length);
        for (int k = 0; k < p.z().length; k++) {
            rows.add(new SldRow(p.z()[k], p.re()[k], p.im()[k]));
        }
        return rows;
    }

    /** The text of sld.csv. */
    public static String format(List<SldRow> rows) {
        return SCHEMA.format(rows);
    }

    /** Reads sld.csv. */
    public static List<SldRow> read(Path file) {
        return SCHEMA.read(file);
    }
}
