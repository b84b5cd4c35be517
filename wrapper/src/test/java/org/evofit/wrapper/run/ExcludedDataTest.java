package org.evofit.wrapper.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.ResultJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 7: ORSO's own example file writes {@code nan} for the points it did not measure. The
 * figure of merit leaves them out; the fit says how many, in its warnings, its API and result.json.
 */
class ExcludedDataTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/ort/example.ort").toAbsolutePath();

    /** The shared model of ORSO data tests; line 5 is its data list, line 6 its figure of merit. */
    private static final Path MODEL = Path.of("src/test/resources/ort/example-decay.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private int rows;
    private int nanRows;

    /** The reference counts, from the file's text rather than from evofit's reader. */
    @BeforeEach
    void countRows() throws IOException {
        Files.copy(EXAMPLE, dir.resolve("example.ort"));
        for (String line : Files.readAllLines(EXAMPLE)) {
            String[] fields = line.strip().split("\\s+");
            if (!line.startsWith("#") && !line.isBlank()) {
                rows++;
                nanRows += fields[1].equalsIgnoreCase("nan") ? 1 : 0;
            }
        }
        assertThat(nanRows).isPositive().isLessThan(rows);
    }

    /** The shared model with its data list and figure of merit lines replaced as given. */
    private Path model(String data, String fom) throws IOException {
        String text = Files.readString(MODEL).replace("data: [{file: example.ort}]", data).replace("fom: log", fom);
        return Files.writeString(dir.resolve("model.yaml"), text);
    }

    private Path model(String fom) throws IOException {
        return model("data: [{file: example.ort}]", fom);
    }

    @Test
    void theNaNRowsOfTheOrsoExampleAreCountedWhenTheModelIsLoaded() throws IOException {
        ModelDefinition model = ModelFiles.load(model("fom: log"));

        List<DataWarning> warnings = model.dataWarnings();

        assertThat(warnings).hasSize(1);
        DataWarning w = warnings.get(0);
        assertThat(w.counts().points()).isEqualTo(rows);
        assertThat(w.counts().nonFinite()).isEqualTo(nanRows);
        assertThat(w.counts().unusable()).isZero();
        assertThat(w.message()).isEqualTo(dir.resolve("example.ort") + ": " + nanRows + " of " + rows
                + " points have a non-finite R and are left out of the fit");
    }

    @Test
    void theFitRunAndResultJsonRecordTheExcludedPoints() throws IOException {
        Path out = dir.resolve("out");

        FitRun run = FitPipeline.lone().execute(model("fom: log"), null, m -> m, out);

        assertThat(run.excludedPoints()).isEqualTo(nanRows);
        ResultJson result = ResultJson.read(out.resolve(ResultFiles.RESULT_JSON));
        assertThat(result.excludedPoints()).containsExactly(new ResultJson.ExcludedPoints("data0", rows, nanRows,
                nanRows, run.dataWarnings().get(0).message()));
        assertThat(Files.readString(out.resolve(ResultFiles.RESULT_JSON))).contains("\"excluded\" : " + nanRows);
    }

    /**
     * The statistics count only the points the fit used: N, N - p and the reduced chi-square (null
     * whenever a point was left out, since it was computed as if none could be).
     */
    @Test
    void theErrorBasisAndReducedChiSquareCountOnlyTheMeasuredPoints() throws IOException {
        Path out = dir.resolve("out");

        FitPipeline.lone().execute(model("fom: chi2"), null, m -> m, out);

        ResultJson result = ResultJson.read(out.resolve(ResultFiles.RESULT_JSON));
        assertThat(result.errors().points()).isEqualTo(rows - nanRows);
        assertThat(result.errors().degreesOfFreedom()).isEqualTo(rows - nanRows - 2);
        // The figure of merit chi2 is the reduced chi-square over the same points.
        assertThat(result.chi2()).isFinite().isEqualTo(result.fom());
    }

    @Test
    void aFitRangeBeyondTheNaNRowsExcludesNothingAndResultJsonSaysNothing() throws IOException {
        // The example measured nothing below Qz = 0.0062 and above 0.11, as its nan rows show.
        Path file = model("data: [{file: example.ort, range: {xmin: 0.0062, xmax: 0.11}}]", "fom: log");
        Path out = dir.resolve("out");

        FitRun run = FitPipeline.lone().execute(file, null, m -> m, out);

        assertThat(run.dataWarnings()).isEmpty();
        assertThat(Files.readString(out.resolve(ResultFiles.RESULT_JSON))).doesNotContain("excluded");
    }

    /** Above Qz = 0.11 the example measured nothing: a fit of that range alone has no point to use. */
    @Test
    void aFitRangeOfNaNRowsOnlyIsRefusedAtTheDataList() throws IOException {
        Path file = model("data: [{file: example.ort, range: {xmin: 0.11}}]", "fom: log");
        long above = Files.readAllLines(EXAMPLE).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .filter(l -> Double.parseDouble(l.strip().split("\\s+")[0]) >= 0.11).count();

        assertThatThrownBy(() -> ModelFiles.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("the fit has 2 free parameters but only 0 data points in range (and " + above
                        + " the figure of merit log cannot use)");
    }

    /** Under nonFinite: fail, a NaN point would make every candidate's figure of merit NaN. */
    @Test
    void failingOnNonFiniteTermsWithNaNDataIsRefusedAtTheLine() throws IOException {
        Path file = model("fom: {name: log, nonFinite: fail}");

        assertThatThrownBy(() -> ModelFiles.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":6:")
                .hasMessageContaining(nanRows + " of the " + rows + " points of data set data0");
    }
}
