package org.evofit.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.dispatch.LocalOptions;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.LoopReport;

/**
 * Real submissions for the view tests, as the service keeps them: {@code DATA/service/runs/<id>/} is
 * the output directory of a LocalSweep over copies of the examples (peaks, X-ray multilayer, an ORSO
 * file, the temperature sequence), with short optimizer runs. Made once per test JVM, removed at its end.
 */
final class ResultFixtures {

    /** A curve fit whose data set's name needs escaping. */
    static final String PEAKS = "00000000a1";
    /** A reflectivity fit (SLD profile, fixed parameters). */
    static final String XRAY = "00000000a2";
    /** A fit of data read from an ORSO file (fit.ort). */
    static final String ORT = "00000000a3";
    /** A sequence of six chained fits. */
    static final String SEQUENCE = "00000000a4";

    /**
     * Submission {@code id}: the model and data of the test resource folder {@code shared} (the files the other
     * server tests upload; null: none), then this package's {@code folder} (its sweep file, and any file of its
     * own, which replaces a shared one of the same name).
     */
    private record Sweep(String id, String folder, String shared) {
    }

    private static final List<Sweep> SWEEPS = List.of(new Sweep(PEAKS, "peaks", "peaks"),
            new Sweep(XRAY, "xray", "browser/xray"), new Sweep(ORT, "ort", null), new Sweep(SEQUENCE, "sequence", "sequence"));

    private static Path data;

    private ResultFixtures() {
    }

    /** The {@code --data} directory holding the submissions. */
    static synchronized Path data() {
        if (data == null) {
            try {
                data = make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** The service's submissions folder. */
    static Path runs() {
        return data().resolve("service").resolve("runs");
    }

    /** Submission {@code id}'s directory. */
    static Path submission(String id) {
        return runs().resolve(id);
    }

    /** The directory of a fit's only run. */
    static Path onlyRun(String id) {
        try (Stream<Path> dirs = Files.list(submission(id).resolve("runs"))) {
            List<Path> all = dirs.toList();
            if (all.size() != 1) {
                throw new IllegalStateException(id + " has " + all.size() + " runs");
            }
            return all.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path make() throws IOException {
        Path root = Files.createTempDirectory("evofit-view-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        for (Sweep sweep : SWEEPS) {
            Path inputs = root.resolve("inputs").resolve(sweep.folder());
            if (sweep.shared() != null) {
                copy(resource(sweep.shared()), inputs);
            }
            copy(resource("org/evofit/server/view/" + sweep.folder()), inputs);
            Path out = root.resolve("data/service/runs").resolve(sweep.id());
            LoopReport report = LocalSweep.plan(inputs.resolve("sweep.yaml"), out)
                    .run(new LocalOptions(1, 1, Duration.ZERO), outcome -> { });
            if (!report.allSucceeded()) {
                throw new IllegalStateException(sweep.folder() + ": " + report);
            }
        }
        return root.resolve("data");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ResultFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind costs disk space only.
        }
    }
}
