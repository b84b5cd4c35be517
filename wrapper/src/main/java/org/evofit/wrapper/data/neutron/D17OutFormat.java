package org.evofit.wrapper.data.neutron;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * ILL D17's legacy reduced-data file ({@code .out}): a header of {@code key: value} lines (the direct and
 * reflected beam runs of each angle, foreground and background pixel ranges, wavelength ranges), a line
 * naming the columns, then rows of q (1/Å), reflectivity, its error and the q resolution as a FWHM, which
 * is read as a 1-sigma width as GenX does.
 */
public final class D17OutFormat implements DataFormat {

    private static final List<String> COLUMNS = List.of("q", "refl", "refl err", "q res");
    private static final Pattern BEAM_KEY = Pattern.compile("^\\s*(Direct|Reflect) beam \\d+\\s*:");

    @Override
    public String name() {
        return "d17";
    }

    @Override
    public List<String> extensions() {
        return List.of(".out");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.lines().stream().anyMatch(line -> BEAM_KEY.matcher(line).find());
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        TextLines text = TextLines.read(file);
        int first = firstDataRow(text);
        NumberColumns rows = new NumberColumns();
        for (int index = first; index < text.size(); index++) {
            if (!text.get(index).isBlank()) {
                rows.add(text.numbers(index, COLUMNS, 0, 1, 2, 3));
            }
        }
        LoadedCurve curve = new LoadedCurve(file.getFileName().toString(), rows.column(0), rows.column(1),
                rows.column(2), rows.fwhmColumnAsSigma(3), XAxis.Q, Double.NaN, null, Map.of());
        return OneCurve.of(file, name(), curve,
                List.of("resolution: column 4 (q res, a FWHM) divided by 2·sqrt(2·ln 2) as 1-sigma"), true, options);
    }

    /**
     * The first data row: the header's lines all name a key with a colon and the line naming the columns
     * has no number, so the data start at the first line after the header that starts with a number; a
     * line after the column names that is not a row of numbers is refused there.
     */
    private static int firstDataRow(TextLines text) {
        int index = 0;
        while (index < text.size() && (text.get(index).isBlank() || text.get(index).contains(":"))) {
            index++;
        }
        if (index < text.size() && !text.startsWithNumber(index)) {
            index = text.nextNonBlank(index + 1);
        }
        if (index == text.size()) {
            throw text.error("expected rows of " + String.join(", ", COLUMNS)
                    + " after the header but the file ends at line " + text.size());
        }
        return index;
    }
}
