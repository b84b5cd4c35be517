package org.evofit.wrapper.data.neutron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * PSI SINQ Narziss's scan file (a SICS "Data File", {@code .dat}): a banner, {@code key = value} header
 * lines (motor positions, {@code Lambda}), a {@code DATA} banner, the scan's description, a line naming
 * the columns ({@code NP som stt COUNTS MONITOR1 TIME}), the rows, and {@code END-OF-DATA}.
 *
 * <p>Read as GenX does: x is 2θ in degrees, the detector angle {@code s2t} when the file has that column
 * and else twice the sample angle {@code som}; y = COUNTS / MONITOR1 with error sqrt(COUNTS) / MONITOR1.
 * Every column but the point number is kept as a per-point array. The header's Lambda is kept as the
 * curve's wavelength, which GenX's loader does not take.
 */
public final class NarzissFormat implements DataFormat {

    private static final Pattern BANNER = Pattern.compile("^\\*+\\s*NARZISS Data File\\s*\\*+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_BANNER = Pattern.compile("^\\*+\\s*DATA\\s*\\*+\\s*$");
    private static final String END = "END-OF-DATA";
    private static final String POINT = "NP";
    private static final String DETECTOR_ANGLE = "s2t";
    private static final String SAMPLE_ANGLE = "som";
    private static final String COUNTS = "COUNTS";
    private static final String MONITOR = "MONITOR1";

    @Override
    public String name() {
        return "narziss";
    }

    @Override
    public List<String> extensions() {
        return List.of(".dat");
    }

    @Override
    public boolean recognises(FileHead head) {
        List<String> lines = head.lines();
        return !lines.isEmpty() && BANNER.matcher(lines.get(0)).matches();
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        TextLines text = TextLines.read(file);
        int dataBanner = 0;
        while (dataBanner < text.size() && !DATA_BANNER.matcher(text.get(dataBanner)).matches()) {
            dataBanner++;
        }
        if (dataBanner == text.size()) {
            throw text.error("expected a '**** DATA ****' line after the header but found none");
        }
        HeaderValues header = HeaderValues.of(text, 0, dataBanner, "", "=");
        int columnLine = dataBanner + 1;
        while (columnLine < text.size() && !firstField(text.get(columnLine)).equalsIgnoreCase(POINT)) {
            columnLine++;
        }
        if (columnLine == text.size()) {
            throw text.error("expected a line naming the columns (starting with " + POINT + ") after line "
                    + (dataBanner + 1) + " but found none");
        }
        List<String> names = List.of(text.get(columnLine).strip().split("\\s+"));
        int counts = column(text, columnLine, names, COUNTS);
        int monitor = column(text, columnLine, names, MONITOR);
        int angle = indexOf(names, DETECTOR_ANGLE) >= 0 ? indexOf(names, DETECTOR_ANGLE)
                : column(text, columnLine, names, SAMPLE_ANGLE);

        NumberColumns rows = new NumberColumns();
        int[] all = new int[names.size()];
        Arrays.setAll(all, i -> i);
        int index = columnLine + 1;
        for (; index < text.size() && !text.get(index).strip().equals(END); index++) {
            if (!text.get(index).isBlank()) {
                double[] row = text.numbers(index, names, all);
                if (!(row[monitor] > 0)) {
                    throw text.error(index, "expected " + MONITOR + " to be positive but found " + row[monitor]);
                }
                rows.add(row);
            }
        }
        if (index == text.size()) {
            throw text.error("expected '" + END + "' after the data rows but the file ends at line " + text.size());
        }
        if (rows.size() == 0) {
            throw text.error(index, "expected data rows before '" + END + "' but found none");
        }
        return OneCurve.of(file, name(), curve(file, header, names, rows, angle, counts, monitor),
                notes(header, names), false, options);
    }

    private static LoadedCurve curve(Path file, HeaderValues header, List<String> names, NumberColumns rows,
                                     int angle, int counts, int monitor) {
        double[] x = rows.column(angle);
        if (!names.get(angle).equalsIgnoreCase(DETECTOR_ANGLE)) {
            Arrays.setAll(x, i -> 2 * x[i]);
        }
        double[] count = rows.column(counts);
        double[] monitorCount = rows.column(monitor);
        double[] y = new double[count.length];
        double[] error = new double[count.length];
        Arrays.setAll(y, i -> count[i] / monitorCount[i]);
        Arrays.setAll(error, i -> Math.sqrt(count[i]) / monitorCount[i]);
        Map<String, double[]> extra = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equalsIgnoreCase(POINT)) {
                extra.put(names.get(i).toLowerCase(Locale.ROOT), rows.column(i));
            }
        }
        double wavelength = header.optional("Lambda").isPresent() ? header.number("Lambda") : Double.NaN;
        return new LoadedCurve(file.getFileName().toString(), x, y, error, null, XAxis.TWO_THETA, wavelength,
                null, extra);
    }

    private static List<String> notes(HeaderValues header, List<String> names) {
        List<String> notes = new ArrayList<>();
        notes.add(indexOf(names, DETECTOR_ANGLE) >= 0 ? "x: 2theta = column " + DETECTOR_ANGLE + " (deg)"
                : "x: 2theta = 2 x " + SAMPLE_ANGLE + " (deg; no " + DETECTOR_ANGLE + " column)");
        notes.add("monitor normalisation: y = " + COUNTS + " / " + MONITOR + ", error = sqrt(" + COUNTS + ") / "
                + MONITOR);
        header.optional("Lambda").ifPresent(lambda -> notes.add("wavelength " + lambda
                + " Å from the header's Lambda (GenX's loader does not take it)"));
        return notes;
    }

    private static int column(TextLines text, int line, List<String> names, String name) {
        int index = indexOf(names, name);
        if (index < 0) {
            throw text.error(line, "expected a column " + name + " among " + String.join(" ", names));
        }
        return index;
    }

    /** Column names are matched ignoring case: SICS writes motors in lower case and counters in upper. */
    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstField(String line) {
        return line.strip().split("\\s+", 2)[0];
    }
}
