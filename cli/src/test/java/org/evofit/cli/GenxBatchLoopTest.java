package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit import-genx} on a GenX batch (three entries of GenX's X-ray example, sequence values
 * 10, 25, 40, each with its own parameter table; made by wrapper/src/test/resources/genx/make_batch.py)
 * writes a sweep that {@code evofit loop} runs over every entry, each from its own table, with the
 * sequence values in the summary.
 */
class GenxBatchLoopTest {

    private static final String BATCH = Cli.repo("wrapper/src/test/resources/genx/XRR_batch_made.hgx");

    @TempDir
    Path dir;

    @Test
    void importedBatchLoopsOverEveryEntryWithItsSequenceValue() throws IOException {
        List<String> rows = importedAndLooped(BATCH, List.of("- {file: \"0-sample_T10K.dat\", value: 10}"));
        List<String> header = List.of(rows.get(0).split(","));
        int sequence = header.indexOf("sequence");
        int data = header.indexOf("data");
        int status = header.indexOf("status");
        // Fixed in every entry, so each run ends where it started: at its own entry's table value.
        int substrateSigma = header.indexOf("Sub.sigma");
        assertThat(sequence).isPositive();
        assertThat(substrateSigma).isPositive();
        List<String> values = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertThat(f[status]).isEqualTo("ok");
            values.add(f[sequence] + " " + Path.of(f[data]).getFileName() + " " + Double.parseDouble(f[substrateSigma]));
        }
        assertThat(values).containsExactly("10.0 0-sample_T10K.dat 4.0", "25.0 1-sample_T25K.dat 4.5",
                "40.0 2-sample_T40K.dat 4.0");
    }

    /**
     * XRR_batch_mixed_made.hgx: the second entry has another script (18 bilayers), the third two data sets. Each
     * fits a model file of its own, and the loop runs all three entries.
     */
    @Test
    void importedBatchWithEntriesOfTheirOwnScriptOrSeveralDataSetsLoopsOverEveryEntry() throws IOException {
        List<String> rows = importedAndLooped(Cli.repo("wrapper/src/test/resources/genx/XRR_batch_mixed_made.hgx"),
                List.of("model: \"1-sample_T25K.yaml\"", "model: \"2-sample_T40K.yaml\""));

        int status = List.of(rows.get(0).split(",")).indexOf("status");
        assertThat(rows.subList(1, rows.size())).hasSize(3).allSatisfy(r -> assertThat(r.split(",")[status])
                .isEqualTo("ok"));
    }

    /**
     * Imports the batch, checks its sweep file holds {@code sweepHolds}, loops it with a small budget (this is about
     * the plumbing, not about how well each entry fits) and gives summary.csv's lines once all three runs succeeded.
     */
    private List<String> importedAndLooped(String batch, List<String> sweepHolds) throws IOException {
        Path imported = dir.resolve("imported");
        Cli.Run run = Cli.run("import-genx", batch, "--out", imported.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("sweep.yaml");
        Path sweep = imported.resolve("sweep.yaml");
        assertThat(Files.readString(sweep)).contains(sweepHolds);
        Files.writeString(sweep, "fit: {generations: 5, population: 12, restarts: 1}\n", StandardOpenOption.APPEND);

        Path out = dir.resolve("loop");
        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet", "--jobs", "1");
        assertThat(loop.exitCode()).as(loop.err()).isZero();
        assertThat(loop.out()).contains("3 of 3 runs succeeded");
        return Files.readAllLines(out.resolve("summary.csv"));
    }
}
