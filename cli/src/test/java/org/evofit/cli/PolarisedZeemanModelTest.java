package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evofit.core.refl.MagneticKernel;
import org.evofit.core.refl.MagneticSlabs;
import org.evofit.core.refl.MagneticWorkspace;
import org.evofit.core.refl.SpinChannels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zeeman splitting through the model path (issue 16): a model file whose instrument has an applied field H
 * with a component along Q (aguide 30°) gives, through {@code evofit simulate}, the four channels
 * {@link MagneticKernel} gives for the same layers written out by hand with the same field; and H is a
 * parameter like any other: {@code evofit fit} recovers it from the four channels, with its unit (T) in
 * parameters.csv.
 */
class PolarisedZeemanModelTest {

    private static final double AGUIDE = 30;
    private static final double FIELD = 0.5;
    private static final String[] NAMES = {"mm", "mp", "pm", "pp"};
    private static final String[] CHANNELS = {"--", "-+", "+-", "++"};

    @TempDir
    Path dir;

    private static String model(String field) {
        StringBuilder data = new StringBuilder();
        for (int c = 0; c < 4; c++) {
            data.append("  - {name: ").append(NAMES[c]).append(", file: ").append(NAMES[c])
                    .append(".dat, channel: \"").append(CHANNELS[c])
                    .append("\", columns: {x: 0, y: 1, error: 2}}\n");
        }
        return """
                kind: reflectivity
                instrument:
                  probe: neutron
                  wavelength: 5
                  coords: q
                  I0: 1
                  Ibkg: 0
                  resolution: {type: no conv}
                  polarisation: {aguide: %s, H: %s}
                layers:
                  air: {sld: 0}
                  Fe:  {sld: 8.02, d: 38, sigma: 4, sldm: 3.5, thetaM: 250}
                  Cr:  {sld: 3.03, d: 12, sigma: 4}
                  Si:  {sld: 2.07, sigma: 3}
                sample: {ambient: air, stacks: [{name: s, layers: [Cr, Fe], repetitions: 2}], substrate: Si}
                data:
                %sfom: chi2
                optimizer: {population: 12, generations: 40, seed: 3}
                """.formatted(AGUIDE, field, data);
    }

    private static double[] q() {
        double[] q = new double[60];
        for (int i = 0; i < q.length; i++) {
            q[i] = 0.004 + 0.0025 * i;
        }
        return q;
    }

    /** The model's layers top to bottom (each repetition Fe over Cr), through the kernel directly. */
    private static SpinChannels byHand(double[] q, double field) {
        double[][] rows = {{0, 0, 0, 0, 0, 0}, {38, 8.02, 0, 250, 3.5, 4}, {12, 3.03, 0, 0, 0, 4},
            {38, 8.02, 0, 250, 3.5, 4}, {12, 3.03, 0, 0, 0, 4}, {0, 2.07, 0, 0, 0, 3}};
        double[][] c = new double[6][rows.length];
        for (int j = 0; j < rows.length; j++) {
            for (int k = 0; k < 6; k++) {
                c[k][j] = rows[j][k];
            }
        }
        SpinChannels out = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(new MagneticSlabs(c[0], c[1], c[2], c[3], c[4], c[5]), AGUIDE, field, q, 0,
                q.length, out, new MagneticWorkspace());
        return out;
    }

    /** Each channel's data file: the kernel's curve with a field of FIELD, 1 % error bars. */
    private Path write(String field) throws IOException {
        double[] q = q();
        SpinChannels r = byHand(q, FIELD);
        for (int c = 0; c < 4; c++) {
            StringBuilder file = new StringBuilder();
            for (int i = 0; i < q.length; i++) {
                double y = r.get(c)[i];
                file.append(String.format(Locale.ROOT, "%.17g %.17g %.17g%n", q[i], y, 0.01 * y + 1e-12));
            }
            Files.writeString(dir.resolve(NAMES[c] + ".dat"), file);
        }
        return Files.writeString(dir.resolve("model.yaml"), model(field));
    }

    @Test
    void aModelWithAFieldSimulatesTheKernelsFourChannels() throws IOException {
        Path csv = dir.resolve("sim.csv");
        Cli.Run run = Cli.run("simulate", write(String.valueOf(FIELD)).toString(), "--out", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        double[] q = q();
        SpinChannels expected = byHand(q, FIELD);
        SpinChannels withoutField = byHand(q, 0);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("dataset,x,model");
        double moved = 0;
        for (int c = 0; c < 4; c++) {
            List<String[]> channel = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                if (row.startsWith(NAMES[c] + ",")) {
                    channel.add(row.split(","));
                }
            }
            assertThat(channel).hasSize(q.length);
            for (int i = 0; i < q.length; i++) {
                assertThat(Double.parseDouble(channel.get(i)[1])).isEqualTo(q[i]);
                assertThat(Double.parseDouble(channel.get(i)[2])).as("%s at q = %s", CHANNELS[c], q[i])
                        .isCloseTo(expected.get(c)[i], withinPercentage(1e-7));
                moved = Math.max(moved, Math.abs(withoutField.get(c)[i] / expected.get(c)[i] - 1));
            }
        }
        // The field matters far beyond the tolerance: a model that dropped H would fail above.
        assertThat(moved).isGreaterThan(1e-2);
    }

    @Test
    void theFieldIsFittedAndCarriesItsUnit() throws IOException {
        Path out = dir.resolve("fit");
        Cli.Run run = Cli.run("fit", write("{value: 0.3, min: 0.1, max: 1}").toString(), "--out", out.toString(),
                "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> rows = Files.readAllLines(out.resolve("parameters.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] h = rows.stream().filter(r -> r.startsWith("inst.H,")).findFirst().orElseThrow().split(",", -1);
        assertThat(h[header.indexOf("unit")]).isEqualTo("T");
        assertThat(h[header.indexOf("fit")]).isEqualTo("true");
        double value = Double.parseDouble(h[header.indexOf("value")]);
        double sigma = Double.parseDouble(h[header.indexOf("error")]);
        System.out.printf("Zeeman: inst.H = %.6g ± %.2g T (data made with %s)%n", value, sigma, FIELD);
        assertThat(value).isCloseTo(FIELD, within(1e-3));
        assertThat(sigma).isPositive().isFinite();
    }
}
