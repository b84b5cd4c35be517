package org.evofit.wrapper.data.neutron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * The SNS magnetism reflectometer's reduced data as QuickNXS exports it ({@code .dat}): {@code #} header
 * lines (the polarisation state extracted, the direct beam and data runs), then after {@code # [Data]}
 * a line naming the columns and rows of Qz (1/Å), R, dR, dQz (taken as the 1-sigma resolution, as GenX
 * does) and the incidence angle αi (rad). Time of flight gives each point its own wavelength,
 * λ = 4π/Qz · sin(αi), kept with αi as per-point arrays.
 */
public final class QuickNxsFormat implements DataFormat {

    private static final String SIGNATURE = "Datafile created by QuickNXS";
    private static final String DATA_SECTION = "# [Data]";
    private static final String STATES = "Extracted states";
    private static final List<String> COLUMNS = List.of("Qz", "R", "dR", "dQz", "ai");
    private static final Set<String> CHANNELS = Set.of("++", "--", "+-", "-+", "+", "-");

    @Override
    public String name() {
        return "quicknxs";
    }

    @Override
    public List<String> extensions() {
        return List.of(".dat");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.lines().stream().limit(5).anyMatch(line -> line.startsWith("#") && line.contains(SIGNATURE));
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        TextLines text = TextLines.read(file);
        int section = 0;
        while (section < text.size() && !text.get(section).strip().equals(DATA_SECTION)) {
            section++;
        }
        if (section == text.size()) {
            throw text.error("expected a '" + DATA_SECTION + "' line before the data but found none");
        }
        HeaderValues header = HeaderValues.of(text, 0, section, "#", ":");
        int columnNames = section + 1;
        if (columnNames == text.size() || !text.get(columnNames).startsWith("#")) {
            throw text.error(Math.min(columnNames, text.size() - 1), "expected a '#' line naming the columns ("
                    + String.join(", ", COLUMNS) + ") after '" + DATA_SECTION + "'");
        }
        NumberColumns rows = new NumberColumns();
        for (int index = columnNames + 1; index < text.size(); index++) {
            if (!text.get(index).isBlank()) {
                rows.add(text.numbers(index, COLUMNS, 0, 1, 2, 3, 4));
            }
        }
        if (rows.size() == 0) {
            throw text.error("expected rows of " + String.join(", ", COLUMNS) + " after line "
                    + (columnNames + 1) + " but the file ends there");
        }
        double[] q = rows.column(0);
        double[] angle = rows.column(4);
        double[] wavelength = new double[q.length];
        Arrays.setAll(wavelength, i -> 4 * Math.PI / q[i] * Math.sin(angle[i]));
        Map<String, double[]> extra = new LinkedHashMap<>();
        extra.put("ai", angle);
        extra.put("wavelength", wavelength);

        List<String> notes = new ArrayList<>();
        String states = header.optional(STATES).orElse("");
        String channel = CHANNELS.contains(states) ? states : null;
        notes.add(channel != null ? "polarisation channel " + channel + " (" + STATES + ")"
                : "no polarisation channel: " + STATES + " is '" + states + "'");
        notes.add("resolution: dQz as written, taken as 1-sigma");
        notes.add("per point: ai (rad) and wavelength = 4π/Qz · sin(ai) (Å)");
        LoadedCurve curve = new LoadedCurve(channel != null ? channel : file.getFileName().toString(), q,
                rows.column(1), rows.column(2), rows.column(3), XAxis.Q, Double.NaN, channel, extra);
        return OneCurve.of(file, name(), curve, notes, true, options);
    }
}
