package org.evofit.wrapper.data.xrd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.NumberText;
import org.evofit.core.input.ReadFailure;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;

/**
 * Rigaku SmartLab's {@code .ras} text: one or more scans, each {@code *RAS_DATA_START}, a header of
 * {@code *KEY "value"} lines between {@code *RAS_HEADER_START} and {@code *RAS_HEADER_END}, rows of position,
 * counts and attenuator factor between {@code *RAS_INT_START} and {@code *RAS_INT_END}, and
 * {@code *RAS_DATA_END}. The header names the scan axis ({@code *MEAS_SCAN_AXIS_X}), whether the attenuator
 * switched automatically ({@code *HW_R_ATTENUATER_AUTOMODE}) and the wavelength
 * ({@code *HW_XG_WAVE_LENGTH_ALPHA1}); {@link RigakuScan} turns the rows into a curve.
 *
 * <p>The header's free text is in the instrument's locale (Shift-JIS on Japanese systems): the file is
 * read byte by byte as ISO-8859-1, which never fails, and only the ASCII keys, numbers and axis names are used.
 */
public final class RasFormat implements DataFormat {

    private static final String DATA_START = "*RAS_DATA_START";
    /** A UTF-8 byte-order mark as ISO-8859-1 reads it: some exports start with one. */
    private static final String BYTE_ORDER_MARK = "\u00EF\u00BB\u00BF";

    @Override
    public String name() {
        return "ras";
    }

    @Override
    public List<String> extensions() {
        return List.of(".ras");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.lines().stream().map(line -> withoutByteOrderMark(line).strip()).filter(line -> !line.isEmpty())
                .findFirst().filter(DATA_START::equals).isPresent();
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        String source = file.toString();
        List<String> lines = lines(file);
        List<LoadedCurve> curves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String stem = file.getFileName().toString();
        long scans = lines.stream().filter(line -> line.strip().equals(DATA_START)).count();
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                index++;
            } else if (line.equals(DATA_START)) {
                index = readScan(source, scans == 1 ? stem : stem + "#" + curves.size(), lines, index + 1, curves,
                        notes);
            } else {
                throw new DataFileException(source, index + 1, 1, "expected " + DATA_START + " to start a scan but"
                        + " found '" + abbreviated(line) + "'");
            }
        }
        if (curves.isEmpty()) {
            throw DataFileException.ofFile(source, "expected a scan starting with " + DATA_START + " but the file"
                    + " is empty");
        }
        return CurveSelection.apply(file, name(), curves, notes, options);
    }

    private static List<String> lines(Path file) {
        try {
            return withoutByteOrderMark(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).lines()
                    .toList();
        } catch (IOException e) {
            throw DataFileException.ofFile(file.toString(), ReadFailure.detail(e));
        }
    }

    /** Reads one scan from the line after its {@code *RAS_DATA_START}; returns the index after its end. */
    private static int readScan(String source, String curveName, List<String> lines, int from,
                                List<LoadedCurve> curves, List<String> notes) {
        Map<String, String> header = new HashMap<>();
        RigakuScan scan = new RigakuScan(source);
        boolean inData = false;
        int intStart = 0;
        for (int index = from; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            int lineNumber = index + 1;
            if (line.equals("*RAS_INT_START")) {
                inData = true;
                intStart = lineNumber;
            } else if (line.equals("*RAS_INT_END")) {
                inData = false;
            } else if (line.equals("*RAS_DATA_END")) {
                if (intStart == 0) {
                    throw new DataFileException(source, lineNumber, 1, "expected *RAS_INT_START and the scan's rows"
                            + " before *RAS_DATA_END but found none");
                }
                curves.add(curve(source, curveName, header, scan, intStart, notes));
                return index + 1;
            } else if (inData && !line.isEmpty()) {
                scan.addRow(line, lineNumber);
            } else if (line.startsWith("*")) {
                putHeaderLine(line, header);
            }
        }
        throw new DataFileException(source, lines.size(), 0, "expected " + (inData ? "*RAS_INT_END and " : "")
                + "*RAS_DATA_END to close the scan but the file ends (is it truncated?)");
    }

    /** {@code *KEY "value"}: the key without its star, the value without its quotes. */
    private static void putHeaderLine(String line, Map<String, String> header) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return;
        }
        String value = line.substring(space + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        header.put(line.substring(1, space), value);
    }

    private static LoadedCurve curve(String source, String curveName, Map<String, String> header,
                                     RigakuScan scan, int intStart, List<String> notes) {
        if (scan.isEmpty()) {
            throw new DataFileException(source, intStart, 0, "expected rows of position, counts and attenuator"
                    + " factor after *RAS_INT_START but found none");
        }
        String axis = header.get("MEAS_SCAN_AXIS_X");
        if (axis == null || axis.isBlank()) {
            throw new DataFileException(source, intStart, 0, "expected a header line *MEAS_SCAN_AXIS_X \"...\""
                    + " (the scan axis) before *RAS_INT_START but found none");
        }
        String auto = header.getOrDefault("HW_R_ATTENUATER_AUTOMODE", "0").strip();
        if (!auto.equals("0") && !auto.equals("1")) {
            throw new DataFileException(source, intStart, 0, "expected *HW_R_ATTENUATER_AUTOMODE to be \"0\" or"
                    + " \"1\" but found \"" + auto + "\"");
        }
        String alpha1 = header.get("HW_XG_WAVE_LENGTH_ALPHA1");
        OptionalDouble wavelength = alpha1 == null ? OptionalDouble.of(Double.NaN) : NumberText.parse(alpha1.strip());
        if (wavelength.isEmpty()) {
            throw new DataFileException(source, intStart, 0, "expected a number in *HW_XG_WAVE_LENGTH_ALPHA1 but"
                    + " found \"" + alpha1 + "\"");
        }
        return scan.curve(curveName, axis, auto.equals("1"),
                wavelength.getAsDouble(), notes);
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(BYTE_ORDER_MARK.length()) : text;
    }

    private static String abbreviated(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
