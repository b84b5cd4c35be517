package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code evofit bench --startup}: wall time from spawning the launcher to its exit, for {@code --help} and a fit of
 * examples/peaks of 3 generations, with the launcher's class-data-sharing archive and without it
 * ({@code EVOFIT_CDS=off}), beside {@code java -version} as the baseline a JVM cannot beat. The cases take turns
 * run by run, so that a change of the machine's load falls on all of them alike.
 */
final class StartupBench {

    /** One case: what was run and its wall times in milliseconds, sorted. */
    record Case(String name, double[] millis) {

        /** The {@code q}-quantile (0..1, nearest rank). */
        double quantile(double q) {
            int rank = (int) Math.ceil(q * millis.length);
            return millis[Math.max(0, rank - 1)];
        }
    }

    private StartupBench() {
    }

    /** Runs each case {@code runs} times from the directory holding {@code launcher} (the repository's root). */
    static List<Case> measure(Path launcher, int runs, PrintWriter err) {
        OptionValues.count(runs, "--startup-runs");
        if (!Files.isExecutable(launcher)) {
            throw new BadInputException("bench --startup: " + launcher + " is not the executable evofit launcher; run it from "
                    + "the repository's root or give --launcher FILE");
        }
        Path root = launcher.toAbsolutePath().getParent();
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-startup-")) {
            String out = cleanup.work().resolve("fit").toString();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String evofit = launcher.toAbsolutePath().toString();
            List<String[]> commands = List.of(new String[] {java, "-version"},
                    new String[] {evofit, "--help"}, new String[] {evofit, "--help"},
                    fit(evofit, out), fit(evofit, out));
            List<String> names = List.of("java -version (baseline)", "evofit --help, no archive", "evofit --help",
                    "evofit fit peaks 3 generations, no archive", "evofit fit peaks 3 generations");
            // One untimed run makes the archive when the jar is new, as a user's first command would.
            time(root, commands.get(2), false);
            err.println("bench --startup: " + runs + " runs of " + names.size() + " cases from " + root);
            err.flush();
            double[][] millis = new double[names.size()][runs];
            for (int run = 0; run < runs; run++) {
                for (int c = 0; c < names.size(); c++) {
                    millis[c][run] = time(root, commands.get(c), names.get(c).endsWith("no archive"));
                }
            }
            List<Case> cases = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                Arrays.sort(millis[c]);
                cases.add(new Case(names.get(c), millis[c]));
            }
            return cases;
        }
    }

    private static String[] fit(String evofit, String out) {
        return new String[] {evofit, "fit", "examples/peaks/model.yaml", "--out", out, "--generations", "3", "--quiet"};
    }

    /** Milliseconds from start to exit of {@code command}, run in {@code root}; fails on a non-zero exit. */
    private static double time(Path root, String[] command, boolean withoutArchive) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (withoutArchive) {
            pb.environment().put("EVOFIT_CDS", "off");
        }
        long start = System.nanoTime();
        try {
            int exit = pb.start().waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException("bench --startup: " + String.join(" ", command) + " exited with " + exit);
            }
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The cases into the JSON ({@code startup}) and the table, each with its median's ratio to the baseline's. */
    static void add(ObjectNode root, StringBuilder table, List<Case> cases) {
        double baseline = cases.get(0).quantile(0.5);
        ArrayNode array = root.putArray("startup");
        table.append(String.format(Locale.ROOT, "start-up (wall ms over %d runs each)%n", cases.get(0).millis().length));
        table.append(String.format(Locale.ROOT, "%-44s %8s %8s %8s %11s%n", "case", "median", "q1", "q3", "x baseline"));
        for (Case c : cases) {
            ObjectNode n = array.addObject();
            n.put("case", c.name());
            n.put("medianMs", c.quantile(0.5));
            n.put("q1Ms", c.quantile(0.25));
            n.put("q3Ms", c.quantile(0.75));
            n.put("ratioToBaseline", c.quantile(0.5) / baseline);
            table.append(String.format(Locale.ROOT, "%-44s %8.0f %8.0f %8.0f %10.2fx%n", c.name(), c.quantile(0.5),
                    c.quantile(0.25), c.quantile(0.75), c.quantile(0.5) / baseline));
        }
    }

    /** The default launcher: {@code evofit} in the current directory. */
    static Path defaultLauncher() {
        return Path.of("." + File.separator + "evofit");
    }
}
