package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The magnetic kernel against the ORSO polarised validation's test1 (copied into the test resources
 * under /orso-polarised with its READMEs): two magnetic slabs, one magnetised perpendicular to the
 * in-plane guide field (spin flip) and one along it, aguide 90°, H = 0. All four channels must agree
 * to 1e-10 relative wherever R > 1e-12, and to 1e-16 absolute below.
 */
class OrsoPolarisedTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MagneticImplementation.class)
    void test1MatchesAllFourChannels(MagneticImplementation implementation) {
        String description = text("test1.txt");
        double aguide = headerValue(description, "AGUIDE");
        double field = headerValue(description, "H");
        MagneticSlabs stack = MagneticSlabs.fromLayers(LayersFile.parseMagnetic(text("test1.layers"),
                "test1.layers"));
        double[][] ref = Orso.columnsOf(text("test1.dat"));
        SpinChannels r = SpinChannels.ofLength(ref[0].length);
        MagneticKernel.reflectivity(stack, aguide, field, ref[0], 0, ref[0].length, r,
                new MagneticWorkspace(implementation));
        String[] names = {"R--", "R-+", "R+-", "R++"};
        for (int c = 0; c < 4; c++) {
            double[] actual = r.get(c);
            double[] expected = ref[c + 1];
            double worst = 0;
            int at = 0;
            for (int i = 0; i < expected.length; i++) {
                double d = deviation(actual[i], expected[i]);
                if (!(d <= worst)) {
                    worst = d;
                    at = i;
                }
            }
            System.out.printf("ORSO polarised test1 %s (%s): worst %.3e (relative where R > 1e-12) at Q=%s%n",
                    names[c], implementation.label(), worst, ref[0][at]);
            assertThat(worst).as("%s at Q=%s: R=%s, reference %s", names[c], ref[0][at], actual[at],
                    expected[at]).isLessThanOrEqualTo(1e-10);
        }
    }

    /** Relative deviation where the reference exceeds 1e-12; below, the absolute one scaled to 1e-16 = 1e-10. */
    private static double deviation(double actual, double expected) {
        if (Math.abs(expected) > 1e-12) {
            return Math.abs(actual - expected) / Math.abs(expected);
        }
        double absolute = Math.abs(actual - expected);
        return Double.isNaN(absolute) ? Double.POSITIVE_INFINITY : absolute / 1e-16 * 1e-10;
    }

    /** The number on the line after "# NAME:" in an ORSO test description. */
    static double headerValue(String description, String name) {
        String[] lines = description.split("\\R");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].strip().equals("# " + name + ":")) {
                return Double.parseDouble(lines[i + 1].strip());
            }
        }
        throw new IllegalStateException("no '# " + name + ":' in the test description");
    }

    static String text(String name) {
        try (InputStream in = OrsoPolarisedTest.class.getResourceAsStream("/orso-polarised/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /orso-polarised/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
