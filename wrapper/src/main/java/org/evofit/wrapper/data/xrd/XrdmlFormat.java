package org.evofit.wrapper.data.xrd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.core.data.DataFileException;
import org.evofit.core.input.ReadFailure;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;

/**
 * PANalytical X'Pert's {@code .xrdml}: an XML document ({@code <xrdMeasurements>}) of measurements, each
 * stating its wavelengths ({@code <usedWavelength>}) and holding scans; a scan's {@code <dataPoints>} give
 * the 2θ positions (start and end, evenly spaced over the points, or a list), the beam attenuation factors
 * (one per point, one for all, or none), the counting time (common or per point) and either
 * {@code <intensities>}, already corrected for the attenuator, or raw {@code <counts>}.
 *
 * <p>Each scan is one curve, as GenX reads it: y in counts per second and its Poisson error, both from the
 * counts the detector saw (intensity / attenuation):
 * intensities: y = I / t, error = sqrt(I·a) / t; counts: y = C·a / t, error = sqrt(C)·a / t.
 */
public final class XrdmlFormat implements DataFormat {

    @Override
    public String name() {
        return "xrdml";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xrdml");
    }

    @Override
    public boolean recognises(FileHead head) {
        return XmlElement.rootName(head.text()).filter("xrdMeasurements"::equals).isPresent();
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        XmlElement root = parse(file);
        if (!root.name().equals("xrdMeasurements")) {
            throw root.error("expected the root element <xrdMeasurements> of an .xrdml file but found <"
                    + root.name() + ">");
        }
        List<XmlElement> measurements = root.all("xrdMeasurement");
        if (measurements.isEmpty()) {
            root.require("xrdMeasurement");
        }
        String stem = file.getFileName().toString();
        List<LoadedCurve> curves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (XmlElement measurement : measurements) {
            double wavelength = kAlpha1(measurement);
            List<XmlElement> scans = measurement.all("scan");
            if (scans.isEmpty()) {
                measurement.require("scan");
            }
            for (XmlElement scan : scans) {
                int number = curves.size();
                String curveName = measurements.size() == 1 && scans.size() == 1 ? stem : stem + "#" + number;
                curves.add(curve(curveName, scan.require("dataPoints"), wavelength, notes));
            }
        }
        return CurveSelection.apply(file, name(), curves, notes, options);
    }

    private static XmlElement parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return XmlElement.parse(in, file.toString());
        } catch (IOException e) {
            throw DataFileException.ofFile(file.toString(), ReadFailure.detail(e));
        }
    }

    /** The Kα1 wavelength in ångström, NaN when the measurement states none. */
    private static double kAlpha1(XmlElement measurement) {
        Optional<XmlElement> alpha1 = measurement.child("usedWavelength").flatMap(w -> w.child("kAlpha1"));
        if (alpha1.isEmpty()) {
            return Double.NaN;
        }
        double value = alpha1.get().number();
        String unit = alpha1.get().attributes().getOrDefault("unit", "Angstrom");
        return switch (unit) {
            case "Angstrom" -> value;
            case "nm" -> value * 10;
            default -> throw alpha1.get().error("expected the unit of <kAlpha1> to be Angstrom or nm but found '"
                    + unit + "'");
        };
    }

    private static LoadedCurve curve(String curveName, XmlElement points, double wavelength, List<String> notes) {
        Optional<XmlElement> intensities = points.child("intensities");
        XmlElement values = intensities.or(() -> points.child("counts")).orElseThrow(() -> points.error(
                "expected an element <intensities> or <counts> in <dataPoints> but found neither"));
        double[] measured = values.numbers("\\s+");
        int n = measured.length;
        double[] x = twoTheta(points, n);
        double[] attenuation = perPoint(points, "beamAttenuationFactors", n, 1.0);
        double[] time = countingTime(points, n);
        double[] y = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double a = attenuation[i];
            double t = time[i];
            if (intensities.isPresent()) {
                y[i] = measured[i] / t;
                error[i] = Math.sqrt(measured[i] * a) / t;
            } else {
                y[i] = measured[i] * a / t;
                error[i] = Math.sqrt(measured[i]) * a / t;
            }
        }
        notes.add(curveName + ": y = " + (intensities.isPresent()
                ? "intensities / counting time (the file's intensities are attenuator-corrected), error = sqrt("
                + "intensities x attenuation) / counting time"
                : "counts x attenuation / counting time, error = sqrt(counts) x attenuation / counting time")
                + "; x = 2theta (deg), wavelength " + (Double.isNaN(wavelength) ? "not stated"
                : "K-alpha1 " + wavelength + " angstrom"));
        return new LoadedCurve(curveName, x, y, error, null, XAxis.TWO_THETA, wavelength, null,
                Map.of("atten", attenuation));
    }

    /** The 2θ positions: a list, or start and end spread evenly over the points as numpy's linspace does. */
    private static double[] twoTheta(XmlElement points, int n) {
        XmlElement positions = points.all("positions").stream()
                .filter(p -> "2Theta".equals(p.attributes().get("axis"))).findFirst()
                .orElseThrow(() -> points.error("expected an element <positions axis=\"2Theta\"> in <dataPoints>"
                        + " but found none"));
        Optional<XmlElement> list = positions.child("listPositions");
        if (list.isPresent()) {
            double[] x = list.get().numbers("\\s+");
            if (x.length != n) {
                throw list.get().error("expected " + n + " positions in <listPositions>, one per intensity,"
                        + " but found " + x.length);
            }
            return x;
        }
        double start = positions.require("startPosition").number();
        double end = positions.require("endPosition").number();
        double[] x = new double[n];
        double step = n > 1 ? (end - start) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            x[i] = start + i * step;
        }
        if (n > 1) {
            x[n - 1] = end;
        }
        return x;
    }

    private static double[] countingTime(XmlElement points, int n) {
        String elementName = points.child("commonCountingTime").isPresent() ? "commonCountingTime" : "countingTimes";
        XmlElement element = points.child(elementName).orElseThrow(() -> points.error(
                "expected an element <commonCountingTime> or <countingTimes> in <dataPoints> but found neither"));
        return positive(element, perPoint(points, elementName, n, Double.NaN));
    }

    private static double[] positive(XmlElement element, double[] times) {
        for (double t : times) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw element.error("expected counting times above 0 in <" + element.name() + "> but found " + t);
            }
        }
        return times;
    }

    /** The values of {@code elementName}: one per point, or one for every point; {@code absent} when missing. */
    private static double[] perPoint(XmlElement points, String elementName, int n, double absent) {
        double[] values = new double[n];
        Optional<XmlElement> element = points.child(elementName);
        if (element.isEmpty()) {
            Arrays.fill(values, absent);
            return values;
        }
        double[] given = element.get().numbers("\\s+");
        if (given.length == 1) {
            Arrays.fill(values, given[0]);
            return values;
        }
        if (given.length != n) {
            throw element.get().error("expected 1 or " + n + " values in <" + elementName + ">, one per intensity,"
                    + " but found " + given.length);
        }
        return given;
    }
}
