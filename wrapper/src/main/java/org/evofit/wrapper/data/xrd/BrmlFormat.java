package org.evofit.wrapper.data.xrd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * Bruker DIFFRAC's {@code .brml}: a zip archive whose {@code ExperimentN/RawDataM.xml} entries each hold one
 * scan. A scan's {@code <DataRoute>} describes its columns in {@code <DataViews>} (fixed values such as the
 * {@code AbsorptionFactor}, the scan axes' {@code <FieldDefinitions>}, the detector's recorded counts) and
 * lists the points as comma-separated {@code <Datum>} rows; the columns are found by those descriptions.
 *
 * <p>As GenX reads it: x = 2θ = 2 x the {@code Theta} (ω) axis, y = the counts as written (already corrected
 * for the absorber), error = sqrt(counts x absorption factor), the Poisson error of what the detector saw;
 * no counting-time normalisation.
 */
public final class BrmlFormat implements DataFormat {

    /** GenX's wavelength for a .brml that states none: Cu Kα. */
    static final double DEFAULT_WAVELENGTH = 1.54;

    private static final Pattern RAW_DATA = Pattern.compile("Experiment\\d+/RawData\\d+\\.xml");

    @Override
    public String name() {
        return "brml";
    }

    @Override
    public List<String> extensions() {
        return List.of(".brml");
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.isZip() && ZipArchive.hasEntry(head.file(), entry -> RAW_DATA.matcher(entry).matches());
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        List<LoadedCurve> curves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ZipArchive zip = ZipArchive.open(file, "a Bruker .brml")) {
            List<String> entries = zip.entries(RAW_DATA);
            if (entries.isEmpty()) {
                throw DataFileException.ofFile(file.toString(), "expected a zip entry ExperimentN/RawDataM.xml"
                        + " (the .brml's scan data) but found none");
            }
            String stem = file.getFileName().toString();
            for (String entry : entries) {
                String curveName = entries.size() == 1 ? stem : stem + "#" + curves.size();
                curves.add(curve(curveName, zip.xml(entry), notes));
            }
        }
        return CurveSelection.apply(file, name(), curves, notes, options);
    }

    private static LoadedCurve curve(String curveName, XmlElement rawData, List<String> notes) {
        XmlElement route = rawData.require("DataRoutes").all("DataRoute").stream()
                .filter(r -> !r.all("Datum").isEmpty()).findFirst()
                .orElseThrow(() -> rawData.error("expected a <DataRoute> with <Datum> rows in <DataRoutes> but"
                        + " found none"));
        XmlElement views = route.require("DataViews");
        Optional<Integer> theta = axisColumn(views, "Theta");
        int xColumn = theta.or(() -> axisColumn(views, "TwoTheta")).orElseThrow(() -> views.error(
                "expected a scan axis field Theta or TwoTheta in <DataViews> but found neither"));
        Optional<Integer> absorption = views.all("RawDataView").stream()
                .filter(v -> "AbsorptionFactor".equals(v.attributes().get("LogicName"))).findFirst()
                .map(v -> v.indexAttribute("Start"));
        int countColumn = countColumn(views);

        List<XmlElement> rows = route.all("Datum");
        int needed = Math.max(Math.max(xColumn, countColumn), absorption.orElse(0)) + 1;
        int n = rows.size();
        double[] x = new double[n];
        double[] counts = new double[n];
        double[] factor = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i).numbers(",");
            if (row.length < needed) {
                throw rows.get(i).error("expected at least " + needed + " comma-separated values in <Datum>, as"
                        + " <DataViews> describes, but found " + row.length);
            }
            x[i] = theta.isPresent() ? 2 * row[xColumn] : row[xColumn];
            counts[i] = row[countColumn];
            factor[i] = absorption.map(c -> row[c]).orElse(1.0);
            error[i] = Math.sqrt(counts[i] * factor[i]);
        }
        double wavelength = rawData.find("WaveLengthAlpha1").map(w -> w.numberAttribute("Value"))
                .orElse(DEFAULT_WAVELENGTH);
        notes.add(curveName + ": x = " + (theta.isPresent() ? "2 x Theta" : "TwoTheta (the scan has no Theta axis)")
                + " (2theta, deg), y = counts as written (absorber-corrected), error = sqrt(counts x "
                + (absorption.isPresent() ? "AbsorptionFactor" : "1, no AbsorptionFactor column") + ")"
                + "; wavelength " + (rawData.find("WaveLengthAlpha1").isPresent() ? "K-alpha1 " + wavelength
                + " angstrom" : "not stated, " + DEFAULT_WAVELENGTH + " angstrom assumed as GenX does"));
        return new LoadedCurve(curveName, x, counts, error, null, XAxis.TWO_THETA, wavelength, null,
                Map.of("atten", factor));
    }

    /** The column of the scan axis field {@code field}, counted from its varying view's Start. */
    private static Optional<Integer> axisColumn(XmlElement views, String field) {
        for (XmlElement view : views.all("RawDataView")) {
            Optional<XmlElement> varying = view.child("Varying");
            if (varying.isEmpty()) {
                continue;
            }
            List<XmlElement> fields = varying.get().all("FieldDefinitions");
            for (int i = 0; i < fields.size(); i++) {
                if (field.equals(fields.get(i).attributes().get("FieldName"))) {
                    return Optional.of(view.indexAttribute("Start") + i);
                }
            }
        }
        return Optional.empty();
    }

    /** The detector's counts: the recorded view, one value per point (a 0D detector, or a 1D one in 0D mode). */
    private static int countColumn(XmlElement views) {
        XmlElement recorded = views.all("RawDataView").stream()
                .filter(v -> v.attributes().getOrDefault("type", "").endsWith("RecordedRawDataView")).findFirst()
                .orElseThrow(() -> views.error("expected a <RawDataView xsi:type=\"RecordedRawDataView\"> (the"
                        + " detector's counts) in <DataViews> but found none"));
        if (recorded.indexAttribute("Length") != 1) {
            throw recorded.error("expected the recorded counts to be one value per point (Length=\"1\") but found"
                    + " Length=\"" + recorded.attributes().get("Length") + "\"; 1D and 2D detector frames are not"
                    + " reflectivity curves");
        }
        return recorded.indexAttribute("Start");
    }
}
