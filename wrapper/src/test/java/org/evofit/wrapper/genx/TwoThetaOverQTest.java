package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: GenX's X-ray example has a 2θ instrument ({@code coords='tth'}, 1.54 Å). Its data written as Qz (an
 * ORSO file of Qz, R, sR) and given to the imported model: the model takes each Qz at the 2θ its wavelength gives
 * and simulates GenX's own curve (y_sim), where fitting Qz values as degrees would not.
 */
class TwoThetaOverQTest {

    @TempDir
    Path dir;

    @Test
    void theImportedTwoThetaModelOverQDataSimulatesGenxsCurve() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx");
        ImportReport report = GenxImporter.importFile(hgx, dir.resolve("out"), false);
        double[] tth;
        double[] y;
        double[] ySim;
        try (HdfFile f = new HdfFile(hgx)) {
            tth = (double[]) f.getDatasetByPath("current/data/datasets/0/x").getData();
            y = (double[]) f.getDatasetByPath("current/data/datasets/0/y").getData();
            ySim = (double[]) f.getDatasetByPath("current/data/datasets/0/y_sim").getData();
        }
        StringBuilder ort = new StringBuilder("""
                # # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/
                # data_source: {experiment: {probe: x-ray}}
                # reduction: {software: {name: TwoThetaOverQTest}}
                # columns:
                # - {name: Qz, unit: 1/angstrom}
                # - {name: R}
                # - {error_of: R}
                """);
        for (int i = 0; i < tth.length; i++) {
            double q = 4 * Math.PI / 1.54 * Math.sin(Math.toRadians(tth[i] / 2));
            ort.append(String.format(Locale.ROOT, "%s %s %s%n", q, y[i], 0.05 * y[i]));
        }
        Files.writeString(report.model().resolveSibling("q.ort"), ort);
        Path model = report.model();
        String yaml = Files.readString(model).lines().filter(l -> !l.strip().startsWith("columns:"))
                .map(l -> l.replace("XRR Specular.dat", "q.ort")).collect(Collectors.joining("\n"));
        Files.writeString(model, yaml);

        ModelDefinition loaded = ModelFiles.load(model);
        DataSet data = loaded.problem().dataSets().get(0);
        for (int i = 0; i < tth.length; i++) {
            assertThat(data.x()[i]).as("point " + i).isCloseTo(tth[i], within(1e-9 * Math.max(1, tth[i])));
        }
        double[] sim = loaded.problem().simulate(loaded.problem().startValues())[0];
        double worst = 0;
        for (int i = 0; i < sim.length; i++) {
            worst = Math.max(worst, Math.abs(sim[i] / ySim[i] - 1));
        }
        System.out.println("2theta model over Qz data: largest relative deviation from GenX's y_sim = " + worst);
        assertThat(worst).isLessThan(1e-6);
    }
}
