package org.evofit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A measured curve for command tests whose answer is known: a Gaussian peak on a flat background. */
final class GaussianPeakData {

    private GaussianPeakData() {
    }

    /** Writes 121 points of a Gaussian of height 10, centre 3, width 1 on a background of 1, errors sqrt(y). */
    static void write(Path file) throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 121; i++) {
            double x = i * 0.05;
            double y = 10 * Math.exp(-(x - 3) * (x - 3) / 2) + 1;
            data.append(String.format(Locale.ROOT, "%.2f %.6f %.6f%n", x, y, Math.sqrt(y)));
        }
        Files.writeString(file, data);
    }
}
