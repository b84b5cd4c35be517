package org.evofit.core.materials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one {@code .nff} file of the FFAST tables: a header line ({@code E (eV) f1 e/atom f2 e/atom}),
 * then one row per energy with three blank-separated numbers, energy in eV, f1 and f2 in electrons per
 * atom.
 */
final class NffReader {

    private NffReader() {
    }

    /**
     * Reads a table; {@code source} names the file in messages.
     *
     * @throws IOException              when the stream cannot be read
     * @throws IllegalArgumentException when a row is not three numbers or the table is not valid
     */
    static EnergyTable read(String element, String source, InputStream in) throws IOException {
        double[] energy = new double[256];
        double[] f1 = new double[256];
        double[] f2 = new double[256];
        int rows = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            // The header is the one text line before the numbers; blank lines carry nothing.
            if (trimmed.isEmpty() || (rows == 0 && isHeader(trimmed))) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException(source + ":" + lineNumber
                        + ": expected three numbers E f1 f2 but found " + fields.length + " fields");
            }
            if (rows == energy.length) {
                energy = Arrays.copyOf(energy, 2 * rows);
                f1 = Arrays.copyOf(f1, 2 * rows);
                f2 = Arrays.copyOf(f2, 2 * rows);
            }
            try {
                energy[rows] = Double.parseDouble(fields[0]);
                f1[rows] = Double.parseDouble(fields[1]);
                f2[rows] = Double.parseDouble(fields[2]);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": expected three numbers E f1 f2",
                        notANumber);
            }
            rows++;
        }
        return new EnergyTable(element, Arrays.copyOf(energy, rows), Arrays.copyOf(f1, rows),
                Arrays.copyOf(f2, rows));
    }

    private static boolean isHeader(String line) {
        char first = line.charAt(0);
        return !(Character.isDigit(first) || first == '-' || first == '+' || first == '.');
    }
}
