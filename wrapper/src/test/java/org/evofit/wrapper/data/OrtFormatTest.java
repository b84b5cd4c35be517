package org.evofit.wrapper.data;

import org.evofit.wrapper.formats.DataFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataFileException;
import org.junit.jupiter.api.Test;

/**
 * ORSO files through {@link OrtFormat} and {@link CurveForModel}: the angle-dispersive layout GenX writes
 * (tth in degrees, I, sI) read leniently with one note per assumption, its angles converted to Qz only for a
 * model in Q; ORSO's nan resolutions taken as none; every data set of a file a curve. Expected values come from
 * the files' text, split here, and from Qz = 4π/λ·sin(θ).
 */
class OrtFormatTest {

    private static final Path ANGLES = Path.of("src/test/resources/formats/genx_angle_dispersive.ort");
    private static final Path EXAMPLE = Path.of("src/test/resources/ort/example.ort");
    private static final Path THREE_SETS = Path.of("src/test/resources/ort/three_sets_nm.ort");

    /** The data rows' fields, as numbers ({@code nan} included). */
    private static double[][] table(Path file) throws IOException {
        List<String[]> rows = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
        double[][] columns = new double[rows.get(0).length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                String field = rows.get(r)[c];
                columns[c][r] = field.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(field);
            }
        }
        return columns;
    }

    @Test
    void genxsAngleDispersiveLayoutReadsColumnsZeroOneTwoWithANoteForEachAssumption() throws IOException {
        LoadedFile file = DataFormats.read(ANGLES, null, ReadOptions.DEFAULTS);

        double[][] table = table(ANGLES);
        LoadedCurve c = file.single();
        assertThat(file.format()).isEqualTo("ort");
        assertThat(c.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(c.x()).containsExactly(table[0]);
        assertThat(c.y()).containsExactly(table[1]);
        assertThat(c.error()).containsExactly(table[2]);
        assertThat(c.resolution()).isNull();
        assertThat(c.wavelength()).isEqualTo(1.5406);
        assertThat(file.notes()).containsExactly(
                "angle-dispersive layout: the first column tth is 2theta in degrees, not Qz",
                "the third column 'sI' is taken as the 1-sigma error of I (GenX reads columns 0, 1, 2 as x, y, error)");
    }

    @Test
    void anglesBecomeQzWithTheFilesWavelengthUnderAModelInQ() throws IOException {
        LoadedCurve c = DataFormats.read(ANGLES, null, ReadOptions.DEFAULTS).single();

        CurveForModel.Prepared p = CurveForModel.prepare(c, new ModelAxis(XAxis.Q, 1.0), "f.ort");

        double[] tth = table(ANGLES)[0];
        for (int i = 0; i < tth.length; i++) {
            assertThat(p.curve().x()[i]).isCloseTo(4 * Math.PI / 1.5406 * Math.sin(Math.toRadians(tth[i] / 2)),
                    within(1e-15));
        }
        assertThat(p.curve().axis()).isEqualTo(XAxis.Q);
        assertThat(p.notes()).containsExactly("x converted from 2theta (deg) to Qz (1/angstrom) with the file's"
                + " wavelength 1.5406 angstrom, not the instrument's 1.0 angstrom");
    }

    @Test
    void anglesStayAnglesUnderAModelIn2Theta() throws IOException {
        LoadedCurve c = DataFormats.read(ANGLES, null, ReadOptions.DEFAULTS).single();

        CurveForModel.Prepared p = CurveForModel.prepare(c, new ModelAxis(XAxis.TWO_THETA, 1.54), "f.ort");

        assertThat(p.curve().x()).containsExactly(table(ANGLES)[0]);
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void thetaIsDoubledFor2ThetaAndConvertedWithTheInstrumentsWavelengthWhenTheFileHasNone() {
        LoadedCurve theta = new LoadedCurve("t", new double[] {0.5, 1}, new double[] {1, 0.5}, null,
                new double[] {0.01, 0.02}, XAxis.THETA, Double.NaN, null, java.util.Map.of());

        CurveForModel.Prepared tth = CurveForModel.prepare(theta, new ModelAxis(XAxis.TWO_THETA, 1.54), "t");
        CurveForModel.Prepared q = CurveForModel.prepare(theta, new ModelAxis(XAxis.Q, 1.54), "t");

        assertThat(tth.curve().x()).containsExactly(1, 2);
        assertThat(tth.curve().resolution()).containsExactly(0.02, 0.04);
        assertThat(q.curve().x()[1]).isCloseTo(4 * Math.PI / 1.54 * Math.sin(Math.toRadians(1)), within(1e-15));
        assertThat(q.curve().resolution()[1]).isCloseTo(
                4 * Math.PI / 1.54 * Math.cos(Math.toRadians(1)) * Math.toRadians(0.02), within(1e-15));
        assertThat(q.notes()).containsExactly("x converted from theta (deg) to Qz (1/angstrom) with the"
                + " instrument's wavelength 1.54 angstrom, its resolution with it");
        assertThatThrownBy(() -> CurveForModel.prepare(theta, new ModelAxis(XAxis.Q, Double.NaN), "t.ort"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("t.ort: ")
                .hasMessageContaining("neither the file nor the model's instrument gives a wavelength");
    }

    @Test
    void qDataUnderA2ThetaModelBecomes2ThetaWithTheInstrumentsWavelength() {
        LoadedCurve c = DataFormats.read(EXAMPLE, null, ReadOptions.DEFAULTS).single();

        CurveForModel.Prepared p = CurveForModel.prepare(c, new ModelAxis(XAxis.TWO_THETA, 1.54), "e.ort");

        double k = 4 * Math.PI / 1.54;
        assertThat(p.curve().axis()).isEqualTo(XAxis.TWO_THETA);
        for (int i = 0; i < c.size(); i++) {
            // Back to Qz with the instrument's wavelength, as the model computes it.
            double q = k * Math.sin(Math.toRadians(p.curve().x()[i] / 2));
            assertThat(q).as("point " + i).isCloseTo(c.x()[i], within(1e-15 * k));
            double cos = Math.cos(Math.toRadians(p.curve().x()[i] / 2));
            double sqz = Double.isNaN(c.resolution()[i]) ? 0 : c.resolution()[i];
            assertThat(k * cos * Math.toRadians(p.curve().resolution()[i] / 2)).as("resolution " + i)
                    .isCloseTo(sqz, within(1e-15 * k));
        }
        assertThat(p.notes()).contains("x converted from Qz (1/angstrom) to 2theta (deg), which the model's"
                + " instrument takes, with its wavelength 1.54 angstrom, the resolution with it");
    }

    @Test
    void qBeyondWhatTheInstrumentsWavelengthReachesIsRefusedNamingThePoint() {
        LoadedCurve q = new LoadedCurve("q", new double[] {0.1, 9}, new double[] {1, 0.5}, null, null, XAxis.Q,
                Double.NaN, null, java.util.Map.of());

        assertThatThrownBy(() -> CurveForModel.prepare(q, new ModelAxis(XAxis.TWO_THETA, 1.54), "q.ort"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("q.ort: ")
                .hasMessageContaining("point 1: Qz 9.0 1/angstrom is beyond 4pi/lambda");
    }

    @Test
    void theOrsoExamplesNanResolutionsAreNoneAtThosePointsOnly() throws IOException {
        LoadedCurve c = DataFormats.read(EXAMPLE, null, ReadOptions.DEFAULTS).single();

        CurveForModel.Prepared p = CurveForModel.prepare(c, new ModelAxis(XAxis.Q, 1), "e.ort");

        double[] sqz = table(EXAMPLE)[3];
        long nan = java.util.Arrays.stream(sqz).filter(Double::isNaN).count();
        for (int i = 0; i < sqz.length; i++) {
            assertThat(p.curve().resolution()[i]).isEqualTo(Double.isNaN(sqz[i]) ? 0 : sqz[i]);
        }
        assertThat(c.resolution()[0]).isNaN();
        assertThat(p.notes()).containsExactly(nan + " of " + sqz.length + " points have no resolution (nan,"
                + " unknown); they are computed without resolution smearing");
    }

    @Test
    void everyDataSetIsACurveAndOneIsChosenByNameOrIndex() {
        LoadedFile all = DataFormats.read(THREE_SETS, null, ReadOptions.DEFAULTS);
        List<String> names = all.curves().stream().map(LoadedCurve::name).toList();

        LoadedFile second = DataFormats.read(THREE_SETS, null, new ReadOptions(null, "1"));

        assertThat(names).hasSize(3);
        assertThat(second.single().name()).isEqualTo(names.get(1));
        assertThat(second.single().y()).containsExactly(all.curves().get(1).y());
        assertThatThrownBy(all::single).isInstanceOf(DataFileException.class)
                .hasMessageContaining("expected a single data set, or one chosen by name or index, but the file"
                        + " holds 3: '" + names.get(0) + "' (0)");
        assertThatThrownBy(() -> DataFormats.read(THREE_SETS, null, new ReadOptions(null, "nine")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("expected a data set named or"
                        + " numbered 'nine'");
    }
}
