package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fit with evofit's accurate resolution gives the same bits on one thread and on two, while its trials' film
 * thickness moves: each trial is smeared on the grid its own thickness calls for, never on the grid of the thickest
 * stack its thread happened to see first (before, examples/neutron-film with `constant` widths ended at figures of
 * merit that differed in the ninth digit from one run on two threads to the next).
 */
class AccurateResolutionThreadsTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument: {probe: neutron, wavelength: 4.4, coords: q, I0: 1, Ibkg: 1e-6,
                         resolution: {type: constant, sigma: 0.0004}}
            layers:
              amb: {sld: 0}
              SiO: {sld: {value: 3.3, min: 2.5, max: 4.5}, d: {value: 1200, min: 800, max: 2400},
                    sigma: {value: 5, min: 1, max: 20}}
              Si: {sld: 2.07, sigma: 3}
            sample: {ambient: amb, stacks: [{name: film, layers: [SiO], repetitions: 1}], substrate: Si}
            data: [{file: sio-film.dat, columns: {x: 0, y: 1, error: 2}}]
            fom: log
            optimizer: {strategy: best_1_bin, population: 20, generations: 15}
            """;

    @TempDir
    Path dir;

    @Test
    void oneAndTwoThreadsGiveTheSameBits() throws IOException {
        Path one = fitOn("1");
        Path two = fitOn("2");
        for (String file : new String[] {"history.csv", "fit.csv"}) {
            assertThat(Files.readString(two.resolve(file))).as(file).isEqualTo(Files.readString(one.resolve(file)));
        }
    }

    /** The model fitted with seed 3 on this many threads: its output directory. */
    private Path fitOn(String threads) throws IOException {
        Path model = dir.resolve("model.yaml");
        if (!Files.exists(model)) {
            Files.copy(Path.of(Cli.repo("examples/neutron-film/sio-film.dat")), dir.resolve("sio-film.dat"));
            Files.writeString(model, MODEL);
        }
        Path out = dir.resolve("threads-" + threads);
        Cli.Run run = Cli.run("fit", model.toString(), "--seed", "3", "--threads", threads, "--out", out.toString(),
                "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
