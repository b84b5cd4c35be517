package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.Map;
import org.evofit.wrapper.io.ResultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitTest {

    @Test
    void fitsASyntheticFilmPrintsItsTableAndWritesTheRunFiles(@TempDir Path dir) {
        double[] x = new double[150];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.3 + 0.03 * i;
        }
        ReflectivityBuilder b = Evofit.reflectivity().xray(1.54).twoTheta()
                .layer("Amb", l -> l.sld(0, 0))
                .layer("Film", l -> l.material("Fe").dens(0.0849).d(100, 50, 150).sigma(3))
                .layer("Sub", l -> l.material("Si + 2*O").dens(0.0266).sigma(2))
                .ambient("Amb").stack("film", 1, "Film").substrate("Sub")
                .data("xrr", x, new double[x.length])
                .generations(60).population(10);
        double[] truth = b.build().simulate(Map.of("Film.d", 117.0)).get(0).model();

        Fit fit = b.data("xrr", x, truth).build().fit();

        assertThat(fit.value("Film.d")).isCloseTo(117.0, offset(0.5));
        assertThat(fit.fom()).isLessThan(1e-3);
        assertThat(fit.curves().get(0).model()).hasSize(x.length);
        String[] lines = fit.table().split("\n");
        assertThat(lines[0]).startsWith("name").contains("value", "fit", "min", "max", "error");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Film.d ").contains("yes"));
        assertThat(lines).hasSize(fit.parameters().size() + 1);

        fit.write(dir.resolve("run"));
        assertThat(dir.resolve("run")).isDirectoryContaining(p -> p.endsWith(ResultFiles.RESULT_JSON))
                .isDirectoryContaining(p -> p.endsWith(ResultFiles.FIT_CSV))
                .isDirectoryContaining(p -> p.endsWith(ResultFiles.PARAMETERS_CSV))
                .isDirectoryContaining(p -> p.endsWith(ResultFiles.HISTORY_CSV));
    }
}
