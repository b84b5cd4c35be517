package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/sequence: {@code evofit loop} fits the six temperatures in order, each from the previous
 * result, and the film's thickness follows the d = 100 + 0.5·T Å the data were made with.
 */
class SequenceExampleTest {

    @TempDir
    Path dir;

    @Test
    void theChainFollowsTheThicknessTheDataWereMadeWith() throws IOException {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("loop", Cli.repo("examples/sequence/sweep.yaml"), "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 of 6 runs succeeded");

        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int sequence = header.indexOf("sequence");
        int d = header.indexOf("film.d");
        int error = header.indexOf("film.d.error");
        assertThat(rows).hasSize(7);
        double previous = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double t = Double.parseDouble(f[sequence]);
            assertThat(t).as("runs in temperature order").isGreaterThan(previous);
            previous = t;
            double sigma = Double.parseDouble(f[error]);
            assertThat(sigma).isPositive().isLessThan(0.1);
            // 1 % noise on 60 points: the standard error is about 0.01 A; three of them is a fair bar.
            assertThat(Double.parseDouble(f[d])).as("film.d at %s K", t)
                    .isCloseTo(100 + 0.5 * t, org.assertj.core.data.Offset.offset(3 * sigma));
        }

        Cli.Run again = Cli.run("loop", Cli.repo("examples/sequence/sweep.yaml"), "--out", out.toString(), "--quiet");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("6 of 6 runs succeeded (6 resumed)");
    }
}
