package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's report says why each failed run failed, in the run's row of its summary, as the run's error.txt says. */
class SweepReportErrorsTest {

    @TempDir
    Path dir;

    /** A sweep of two runs, r1 on bad.dat and r2 on later.dat, neither with files yet. */
    private void planTwoRuns() throws IOException {
        Files.writeString(dir.resolve(SweepData.SWEEP_JSON), """
                {"runCount": 2, "runs": [
                  {"id": "r1", "model": "/m.yaml", "data": "/bad.dat"},
                  {"id": "r2", "model": "/m.yaml", "data": "/later.dat"}
                ]}
                """);
    }

    @Test
    void aFailedRunsRowCarriesItsError() throws Exception {
        planTwoRuns();
        String error = "data/bad.dat:5:10: expected a number in column 2 (y) but found 'x'";
        Files.createDirectories(dir.resolve("runs/r1"));
        Files.writeString(dir.resolve("runs/r1/error.txt"), error + "\n");

        Reports.write(dir, "results/s1", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        // The table may wrap a long cell over lines: its words in order, whatever the line breaks.
        String text = PdfText.of(dir.resolve(Reports.REPORT_PDF)).text().replaceAll("\\s+", " ");

        assertThat(text).contains("r1 bad.dat failed " + error).contains("r2 later.dat pending —")
                .contains("1 failed, 1 not run");
        assertThat(SweepData.read(dir).runs()).extracting(SweepData.Run::error).containsExactly(error, null);
    }

    @Test
    void anErrorTallerThanAPageIsInTheReportWhole() throws Exception {
        planTwoRuns();
        // A script's compiler errors, say: more lines than the summary's column holds on one page.
        StringBuilder error = new StringBuilder("script.java:1: 150 errors");
        for (int i = 1; i <= 150; i++) {
            error.append("\nscript.java:").append(i).append(": error ").append(i);
        }
        Files.createDirectories(dir.resolve("runs/r1"));
        Files.writeString(dir.resolve("runs/r1/error.txt"), error + "\n");

        Reports.write(dir, "results/s1", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        String text = PdfText.of(dir.resolve(Reports.REPORT_PDF)).text().replaceAll("\\s+", " ");

        assertThat(text).contains("r1 bad.dat failed script.java:1: 150 errors script.java:1: error 1 ")
                .contains("script.java:150: error 150").contains("r2 later.dat pending —");
    }
}
