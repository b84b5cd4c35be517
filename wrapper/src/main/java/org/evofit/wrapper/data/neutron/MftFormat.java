package org.evofit.wrapper.data.neutron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * ILL D17's cosmos reduced-data file ({@code .mft}): a first line {@code MFT}, a header of
 * {@code key: value} lines (instrument, title, dates, the angles' runs) ending with
 * {@code Number of data points}, a line naming the columns and that many rows of q (1/Å), reflectivity,
 * its error and the q resolution as a FWHM, read as a 1-sigma width as GenX does. The title and dates
 * are kept as notes.
 */
public final class MftFormat implements DataFormat {

    private static final List<String> COLUMNS = List.of("q", "refl", "refl_err", "q_res (FWHM)");
    private static final String POINTS = "Number of data points";
    private static final List<String> METADATA =
            List.of("Instrument", "Title", "Subtitle", "Start date + time", "End date + time");

    @Override
    public String name() {
        return "mft";
    }

    @Override
    public List<String> extensions() {
        return List.of(".mft");
    }

    @Override
    public boolean recognises(FileHead head) {
        List<String> lines = head.lines();
        return !lines.isEmpty() && lines.get(0).strip().equals("MFT");
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        TextLines text = TextLines.read(file);
        if (text.size() == 0 || !text.get(0).strip().equals("MFT")) {
            throw text.error(0, "expected the first line to be 'MFT' but found '"
                    + (text.size() == 0 ? "" : text.get(0)) + "'");
        }
        int headerEnd = 1;
        while (headerEnd < text.size() && !text.get(headerEnd).isBlank()) {
            headerEnd++;
        }
        HeaderValues header = HeaderValues.of(text, 1, headerEnd, "", ":");
        header.required(POINTS, "before the first blank line");
        double count = header.number(POINTS);
        if (count < 0 || count != Math.rint(count)) {
            throw text.error(header.line(POINTS), "expected a whole number of " + POINTS + " but found "
                    + header.optional(POINTS).orElseThrow());
        }
        int columnNames = text.nextNonBlank(headerEnd);
        NumberColumns rows = new NumberColumns();
        int index = columnNames < text.size() && !text.startsWithNumber(columnNames) ? columnNames + 1 : columnNames;
        for (; index < text.size() && rows.size() < count; index++) {
            if (!text.get(index).isBlank()) {
                rows.add(text.numbers(index, COLUMNS, 0, 1, 2, 3));
            }
        }
        if (rows.size() < count) {
            throw text.error("expected " + (long) count + " data points (" + POINTS + ", line "
                    + (header.line(POINTS) + 1) + ") but the file ends after " + rows.size());
        }
        int extra = text.nextNonBlank(index);
        if (extra < text.size()) {
            throw text.error(extra, "expected the file to end after " + (long) count + " data points ("
                    + POINTS + ") but found '" + text.get(extra).strip() + "'");
        }
        LoadedCurve curve = new LoadedCurve(file.getFileName().toString(), rows.column(0), rows.column(1),
                rows.column(2), rows.fwhmColumnAsSigma(3), XAxis.Q, Double.NaN, null, Map.of());
        List<String> notes = new ArrayList<>();
        for (String key : METADATA) {
            header.optional(key).ifPresent(value -> notes.add(key + ": " + value));
        }
        notes.add("resolution: column 4 (q_res, a FWHM) divided by 2·sqrt(2·ln 2) as 1-sigma");
        return OneCurve.of(file, name(), curve, notes, true, options);
    }
}
