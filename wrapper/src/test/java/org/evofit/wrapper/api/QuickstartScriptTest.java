package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs examples/notebook/quickstart.jsh in a real jshell, as the README tells a person to, with the
 * test class path in place of the shaded jar (which does not exist until after the tests).
 */
class QuickstartScriptTest {

    private static final Path SCRIPT = Path.of("..", "examples", "notebook", "quickstart.jsh");

    /**
     * The fields of a parameter's row in the posterior table (not the fit table's row of that name):
     * name, median, the 68 % and the 95 % interval's ends, MAP, tau, ESS, R-hat.
     */
    private static String[] posteriorRow(String out, String name) {
        String row = Arrays.stream(out.split("\n")).filter(l -> l.startsWith(name + " ") && l.contains("["))
                .findFirst().orElseThrow();
        return row.replaceAll("[\\[\\],]", " ").trim().split("\\s+");
    }

    @Test
    void quickstartFitsTheFilmBackToItsTrueThickness(@TempDir Path dir) throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        // Surefire puts the real test class path (our classes and their dependencies) here.
        String classPath = System.getProperty("java.class.path");
        Path output = dir.resolve("out.txt");
        Process p = new ProcessBuilder(jshell.toString(), "--class-path", classPath, SCRIPT.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(finished).as("jshell finished; output:%n%s", out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as("no JShell errors").doesNotContain("Error:", "Exception");
        for (String name : List.of("Film.dens", "Film.d", "Film.sigma", "Sub.sigma")) {
            assertThat(out).contains(name + " ");
        }
        String row = Arrays.stream(out.split("\n")).filter(l -> l.startsWith("Film.d ")).findFirst().orElseThrow();
        double thickness = Double.parseDouble(row.trim().split("\\s+")[1]);
        assertThat(thickness).isCloseTo(123.0, offset(3.0));
        // The posterior table: the film thickness's 95 % interval holds the truth, and the sampled error
        // scale is the 3 % noise the data were made with, seen as the log figure of merit sees it: the mean
        // |log10(1 + 0.03 g)| = 0.03 sqrt(2/pi) / ln 10 = 0.0104 (286 points: spread 1/sqrt(286) = 6 %).
        assertThat(out).contains("68 % interval").contains("32 walkers x 1500 steps");
        String[] d = posteriorRow(out, "Film.d");
        assertThat(Double.parseDouble(d[4])).isLessThan(123.0);
        assertThat(Double.parseDouble(d[5])).isGreaterThan(123.0);
        double scale = Math.exp(Double.parseDouble(posteriorRow(out, "lnErrorScale")[1]));
        assertThat(scale).isCloseTo(0.03 * Math.sqrt(2 / Math.PI) / Math.log(10), offset(0.0025));
    }
}
