package org.evofit.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final List<String[]> SWEEPS = List.of(new String[] {PEAKS, "peaks"},
            new String[] {XRAY, "xray"}, new String[] {ORT, "ort"}, new String[] {SEQUENCE, "sequence"});

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
        for (String[] sweep : SWEEPS) {
            Path inputs = root.resolve("inputs").resolve(sweep[1]);
            copy(resource(sweep[1]), inputs);
            Path out = root.resolve("data/service/runs").resolve(sweep[0]);
            LoopReport report = LocalSweep.plan(inputs.resolve("sweep.yaml"), out)
                    .run(new LocalOptions(1, 1, Duration.ZERO), outcome -> { });
            if (!report.allSucceeded()) {
                throw new IllegalStateException(sweep[1] + ": " + report);
            }
        }
        return root.resolve("data");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ResultFixtures.class.getResource("/org/evofit/server/view/" + name).toURI());
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
                    Files.copy(p, target);
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
