package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of a posterior band file: at one x of one curve, the curve at the MAP sample and the
 * median and central 68 % and 95 % intervals of the curve over a thinned set of posterior draws.
 * {@code band.csv} holds the model curve of every data set,
 * {@code dataset,x,map,median,low68,high68,low95,high95}; {@code sld-band.csv} the real SLD profile of
 * every sample, {@code sample,z (Å),map,median,...} in 1e-6/Å².
 *
 * @param curve  the data set (band.csv) or sample (sld-band.csv)
 * @param x      x of the data point, or the depth z
 * @param map    the curve at the highest posterior sample
 * @param median the median over the draws
 * @param low68  lower end of the central 68 % interval
 * @param high68 upper end of the central 68 % interval
 * @param low95  lower end of the central 95 % interval
 * @param high95 upper end of the central 95 % interval
 */
public record BandRow(String curve, double x, double map, double median, double low68, double high68, double low95,
                      double high95) {

    /** band.csv: the model curves. */
    public static final CsvSchema<BandRow> CURVES = schema("dataset", "x");
    /** sld-band.csv: the SLD profiles, depth in Å. */
    public static final CsvSchema<BandRow> SLD = schema("sample", "z").withUnit("z", "Å");

    private static CsvSchema<BandRow> schema(String curve, String x) {
        return new CsvSchema<>(List.of(
                Column.of(curve, r -> ResultCsv.text(r.curve())),
                Column.of(x, r -> ResultCsv.number(r.x())),
                Column.of("map", r -> ResultCsv.number(r.map())),
                Column.of("median", r -> ResultCsv.number(r.median())),
                Column.of("low68", r -> ResultCsv.number(r.low68())),
                Column.of("high68", r -> ResultCsv.number(r.high68())),
                Column.of("low95", r -> ResultCsv.number(r.low95())),
                Column.of("high95", r -> ResultCsv.number(r.high95()))),
                f -> new BandRow(f.text(0), f.number(1), f.number(2), f.number(3), f.number(4), f.number(5),
                        f.number(6), f.number(7)));
    }

    /** Reads band.csv. */
    public static List<BandRow> readCurves(Path file) {
        return CURVES.read(file);
    }

    /** Reads sld-band.csv. */
    public static List<BandRow> readSld(Path file) {
        return SLD.read(file);
    }
}
