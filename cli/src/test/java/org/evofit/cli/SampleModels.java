package org.evofit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** A Gaussian peak on a background measured with 1-sigma errors, as a model file for the sampling tests. */
final class SampleModels {

    private SampleModels() {
    }

    /** Writes {@code peak.dat} ({@code points} points, with errors unless told) and {@code model.yaml} into dir. */
    static Path peak(Path dir, int points, boolean errors) throws IOException {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(3);
        for (int i = 0; i < points; i++) {
            double x = 10.0 * i / points;
            double y = 10 * Math.exp(-(x - 5) * (x - 5) / 2) + 1;
            data.append(String.format(Locale.ROOT, "%.6f %.8f 0.2%n", x, y + 0.2 * noise.nextGaussian()));
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("peak.dat"), data.toString());
        return Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 5, max: 15}
                    center: {value: 5, min: 4, max: 6}
                    sigma: {value: 1, min: 0.5, max: 2}
                  - name: bkg
                    kind: constant
                    value: {value: 1, min: 0, max: 2}
                data:
                  - {name: d, file: peak.dat%s}
                fom: diff
                optimizer: {population: 20, generations: 60}
                """.formatted(errors ? ", columns: {x: 0, y: 1, error: 2}" : ""));
    }
}
