package org.evofit.looper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tiny curve models and synthetic Gaussian data files, written into a test's directory. */
final class Fixture {

    private Fixture() {
    }

    /** models/gauss.yaml and models/gauss-bkg.yaml, both fitting data/own.dat by default. */
    static void models(Path dir) {
        write(dir.resolve("models/gauss.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 1, max: 20}
                    center: {value: 5, min: 3, max: 7}
                    sigma: {value: 1, min: 0.3, max: 2}
                data:
                  - {name: d, file: ../data/own.dat}
                fom: diff
                optimizer: {population: 12, generations: 20, seed: 1}
                """);
        write(dir.resolve("models/gauss-bkg.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 1, max: 20}
                    center: {value: 5, min: 3, max: 7}
                    sigma: {value: 1, min: 0.3, max: 2}
                  - {name: bkg, kind: constant, value: {value: 0.5, min: 0, max: 2}}
                data:
                  - {name: d, file: ../data/own.dat}
                fom: diff
                optimizer: {population: 12, generations: 20, seed: 1}
                """);
        data(dir.resolve("data/own.dat"), 5.0);
    }

    /**
     * A short-running Gaussian model of data/own.dat whose sigma is written as {@code sigma}: a number
     * fixes it, so a fit leaves it at its start and a result shows which start it had.
     */
    static void gaussWithSigma(Path file, String sigma) {
        write(file, """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 1, max: 20}
                    center: {value: 5, min: 3, max: 7}
                    sigma: SIGMA
                data:
                  - {name: d, file: ../data/own.dat}
                fom: diff
                optimizer: {population: 12, generations: 3, seed: 1}
                """.replace("SIGMA", sigma));
    }

    /** A Gaussian of height 8 and sigma 0.8 at {@code center} on 0..10, with a background of 0.2. */
    static void data(Path file, double center) {
        StringBuilder sb = new StringBuilder("# x y\n");
        for (int i = 0; i <= 40; i++) {
            double x = i * 0.25;
            double y = 8 * Math.exp(-(x - center) * (x - center) / (2 * 0.64)) + 0.2;
            sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, y));
        }
        write(file, sb.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
