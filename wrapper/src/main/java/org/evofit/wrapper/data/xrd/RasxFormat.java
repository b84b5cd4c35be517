package org.evofit.wrapper.data.xrd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;

/**
 * Rigaku SmartLab Studio's {@code .rasx}: a zip archive with, for each scan N, {@code DataN/ProfileN.txt}
 * (tab-separated rows of position, counts and attenuator factor) and {@code DataN/MesurementConditionsN.xml}
 * (Rigaku's spelling) whose {@code <ScanInformation>} names the scan axis ({@code <AxisName>}) and whether the
 * attenuator switched automatically ({@code <AttenuatorAutoMode>}), and whose X-ray generator states
 * {@code <WavelengthKalpha1>}; {@link RigakuScan} turns the rows into a curve.
 */
public final class RasxFormat implements DataFormat {

    private static final Pattern PROFILE = Pattern.compile("Data(\\d+)/Profile(\\d+)\\.txt");

    @Override
    public String name() {
        return "rasx";
    }

    @Override
    public List<String> extensions() {
        return List.of(".rasx");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.isZip() && ZipArchive.hasEntry(head.file(), entry -> PROFILE.matcher(entry).matches());
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        List<LoadedCurve> curves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ZipArchive zip = ZipArchive.open(file, "a Rigaku .rasx")) {
            List<String> profiles = zip.entries(PROFILE);
            if (profiles.isEmpty()) {
                throw DataFileException.ofFile(file.toString(), "expected a zip entry DataN/ProfileN.txt (the"
                        + " .rasx's scan data) but found none");
            }
            String stem = file.getFileName().toString();
            for (String profile : profiles) {
                String curveName = profiles.size() == 1 ? stem : stem + "#" + curves.size();
                curves.add(curve(zip, profile, curveName, notes));
            }
        }
        return CurveSelection.apply(file, name(), curves, notes, options);
    }

    private static LoadedCurve curve(ZipArchive zip, String profile, String curveName, List<String> notes) {
        Matcher numbers = PROFILE.matcher(profile);
        numbers.matches();
        String conditionsEntry = "Data" + numbers.group(1) + "/MesurementConditions" + numbers.group(2) + ".xml";
        XmlElement conditions = zip.xml(conditionsEntry);
        if (!conditions.name().equals("MeasurementConditions")) {
            throw conditions.error("expected the root element <MeasurementConditions> but found <"
                    + conditions.name() + ">");
        }
        XmlElement scanInformation = conditions.require("ScanInformation");
        XmlElement axis = scanInformation.require("AxisName");
        if (axis.text().isEmpty()) {
            throw axis.error("expected the scan axis's name in <AxisName> but found no text");
        }
        boolean auto = scanInformation.child("AttenuatorAutoMode").map(RasxFormat::bool).orElse(false);
        double wavelength = conditions.find("WavelengthKalpha1").map(XmlElement::number).orElse(Double.NaN);

        RigakuScan scan = new RigakuScan(zip.where(profile));
        String text = new String(zip.bytes(profile), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            // the profile starts with a byte-order mark, which is no part of the first number
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (!line.isBlank()) {
                scan.addRow(line, i + 1);
            }
        }
        if (scan.isEmpty()) {
            throw DataFileException.ofFile(zip.where(profile), "expected rows of position, counts and attenuator"
                    + " factor but the entry is empty");
        }
        return scan.curve(curveName, axis.text(), auto, wavelength, notes);
    }

    private static boolean bool(XmlElement element) {
        return switch (element.text().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw element.error("expected true or false in <" + element.name() + "> but found '"
                    + element.text() + "'");
        };
    }
}
