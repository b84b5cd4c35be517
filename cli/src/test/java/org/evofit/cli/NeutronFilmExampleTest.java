package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/neutron-film: its generator makes the committed data, and a short fit from the model's
 * start values finds the film the data were made with (MakeData.TRUE_VALUES).
 */
class NeutronFilmExampleTest {

    @TempDir
    Path dir;

    @Test
    void theCommittedGeneratorMakesTheCommittedData() throws IOException, InterruptedException {
        Path example = Path.of(Cli.repo("examples/neutron-film"));
        Files.copy(example.resolve("model.yaml"), dir.resolve("model.yaml"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                example.resolve("MakeData.java").toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("make.log").toFile()).start();
        assertThat(p.waitFor()).as(() -> read(dir.resolve("make.log"))).isZero();
        assertThat(Files.readString(dir.resolve("sio-film.dat"))).isEqualTo(Files.readString(example.resolve("sio-film.dat")));
        assertThat(Files.readAllLines(dir.resolve("sio-film.dat"))).hasSize(1 + 300);
    }

    @Test
    void aShortFitFindsTheFilmTheDataWereMadeWith() throws IOException {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("fit", Cli.repo("examples/neutron-film/model.yaml"), "--out", out.toString(), "--seed", "1",
                "--restarts", "4", "--restart-generations", "40", "--generations", "150", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Double> fitted = parameters(out.resolve("parameters.csv"));
        // 3 % noise on 300 points: the thickness to within an angstrom or two, the SLD to a percent.
        assertThat(fitted.get("SiO.d")).isCloseTo(1251.0, offset(2.0));
        assertThat(fitted.get("SiO.sld")).isCloseTo(3.47, offset(0.04));
        assertThat(fitted.get("inst.I0")).isCloseTo(0.95, offset(0.03));
    }

    private static Map<String, Double> parameters(Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        Map<String, Double> values = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            values.put(f[0], Double.parseDouble(f[1]));
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
