package org.evofit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small X-ray reflectivity model (one Fe film, stacked twice, on SiO2) with five data points, fitted
 * through {@code evofit fit}: the good case the bad-input tests change one thing of.
 */
final class SmallReflectivityFit {

    /** The model file's text; line 7 is the sample. */
    static final String MODEL = """
            kind: reflectivity
            instrument: {probe: x-ray, wavelength: 1.54, coords: q}
            layers:
              Amb: {dens: 1, f_re: 0, f_im: 0}
              Film: {material: Fe, dens: 0.085, d: {value: 100, min: 50, max: 150}, sigma: 3}
              Sub: {material: "Si + 2*O", dens: 0.0227, sigma: 2}
            sample: {ambient: Amb, stacks: [{name: s, layers: [Film], repetitions: 2}], substrate: Sub}
            data: [{file: data.dat, columns: {x: 0, y: 1}}]
            fom: log
            optimizer: {population: 8, generations: 3}
            """;

    private SmallReflectivityFit() {
    }

    /** Writes {@code model} and the data into {@code dir} and fits it into DIR/out with the options. */
    static Cli.Run fit(Path dir, String model, String... options) throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0.01 1\n0.02 0.5\n0.03 0.01\n0.04 0.001\n0.05 0.0005\n");
        Files.writeString(dir.resolve("model.yaml"), model);
        List<String> args = new ArrayList<>(List.of("fit", dir.resolve("model.yaml").toString(), "--out",
                dir.resolve("out").toString(), "--quiet"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }
}
