package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenX data set computed by its x/y/error commands imports as its raw columns with the commands as
 * column expressions. XRR_commands_made.hgx (make_commands.py) keeps detector and monitor counts with
 * y = det/mon and error = rms(sqrt(1.0/det + 1.0/mon)*det/mon, fpe(0.5, 0.05), 0.0005*dydx()), and the x,
 * y and error GenX's evaluation of those commands gives.
 */
class DataCommandsImportTest {

    @TempDir
    Path dir;

    @Test
    void theRawCountsStayTheDataAndTheModelComputesWhatGenxComputed() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_commands_made.hgx");
        ImportReport report = GenxImporter.importFile(hgx, dir.resolve("out"), false);

        String yaml = Files.readString(report.model());
        assertThat(yaml).contains("y: \"c3/c4\"")
                .contains("error: \"sqrt((sqrt(1.0/c3+1.0/c4)*c3/c4)^2 + (c5)^2 + (0.0005*c6)^2)\"")
                .contains("fpe(0.5,0.05) (c5) and dydx() (c6) evaluated at import");
        List<String> lines = Files.readAllLines(report.dataFiles().get(0));
        assertThat(lines.get(0)).contains("GenX's raw data");
        assertThat(lines.get(1)).isEqualTo("# x y e det mon fpe(0.5,0.05) dydx()");

        DataSet read = ModelFiles.load(report.model()).problem().dataSets().get(0);
        double[][] genx = stored(hgx);
        assertClose(read.x(), genx[0]);
        assertClose(read.y(), genx[1]);
        assertClose(read.error(), genx[2]);
    }

    @Test
    void aCommandEvofitCannotExpressIsRefusedNamingItAndTheDataSet() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_commands_refused_made.hgx");
        assertThatThrownBy(() -> GenxImporter.importFile(hgx, dir.resolve("out"), false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("data set 'XRR Specular'")
                .hasMessageContaining("y command 'where(mon > 0, det/mon, 0)'")
                .hasMessageContaining("'where()' has no evofit equivalent")
                .hasMessageContaining("rewrite the command with those in GenX");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void slopeIsCentralInsideAndOneSidedAtTheEnds() {
        double[] x = {0, 1, 3, 4};
        double[] y = {0, 1, 9, 16};
        assertThat(GenxCommands.slope(x, y)).containsExactly(1, 3, 5, 7);
    }

    private static double[][] stored(Path hgx) {
        try (HdfFile file = new HdfFile(hgx)) {
            String p = "current/data/datasets/0/";
            return new double[][] {(double[]) file.getDatasetByPath(p + "x").getData(),
                    (double[]) file.getDatasetByPath(p + "y").getData(),
                    (double[]) file.getDatasetByPath(p + "error").getData()};
        }
    }

    private static void assertClose(double[] ours, double[] genx) {
        assertThat(ours).hasSameSizeAs(genx);
        for (int i = 0; i < genx.length; i++) {
            assertThat(Math.abs(ours[i] - genx[i])).as("point %d", i).isLessThanOrEqualTo(1e-12 * Math.abs(genx[i]));
        }
    }
}
