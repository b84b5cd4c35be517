package org.evofit.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
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
import org.evofit.server.ServiceClient;

/**
 * Real submissions for the view tests, as the service keeps them: {@code DATA/service/runs/<id>/} is
 * the output directory of a LocalSweep over copies of the examples (peaks, X-ray multilayer, an ORSO
 * file, the temperature sequence, the contrast variation's sweep of files per data set, the polarised
 * multilayer's four spin channels), with short
 * optimizer runs. Made once per test JVM, removed at its end.
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
    /** A joint model fitted to two pairs of files, one file of each pair per data set. */
    static final String JOINT = "00000000a5";
    /** A fit of polarised neutrons in four spin channels (a magnetic SLD profile). */
    static final String POLARISED = "00000000a6";

    /**
     * Submission {@code id}: the repository's files {@code shared} (an example's folder, or a file, as the other
     * tests use them), then this package's {@code folder} if it has one (its sweep file, and files of its own,
     * which replace shared ones of the same name).
     */
    private record Sweep(String id, String folder, String shared) {
    }

    private static final List<Sweep> SWEEPS = List.of(new Sweep(PEAKS, "peaks", "examples/peaks"),
            new Sweep(XRAY, "xray", "examples/xray-multilayer"),
            new Sweep(ORT, "ort", "wrapper/src/test/resources/ort/example.ort"), new Sweep(SEQUENCE, "sequence", "examples/sequence"),
            new Sweep(JOINT, "joint", "examples/contrast-variation"),
            new Sweep(POLARISED, "polarised", "examples/polarised"));

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
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
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

    private static Path make() throws IOException, URISyntaxException {
        Path root = Files.createTempDirectory("evofit-view-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        for (Sweep sweep : SWEEPS) {
            Path inputs = root.resolve("inputs").resolve(sweep.folder());
            copy(ServiceClient.repoFile(sweep.shared()), inputs);
            URL own = ResultFixtures.class.getResource(sweep.folder());
            if (own != null) {
                copy(Path.of(own.toURI()), inputs);
            }
            Path out = root.resolve("data/service/runs").resolve(sweep.id());
            LoopReport report = LocalSweep.plan(inputs.resolve("sweep.yaml"), out)
                    .run(new LocalOptions(1, 1, Duration.ZERO), outcome -> { });
            if (!report.allSucceeded()) {
                throw new IllegalStateException(sweep.folder() + ": " + report);
            }
        }
        return root.resolve("data");
    }

    /** Copies the folder {@code from}'s files, or the file {@code from}, into the folder {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        Path base = Files.isDirectory(from) ? from : from.getParent();
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(base.relativize(p).toString());
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
