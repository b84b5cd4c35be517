package org.evofit.looper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.io.ErrorFile;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.PosteriorJson;

/**
 * The runs of a sweep on disk: {@code DIR/runs/<id>/} holds the files {@code evofit fit} writes,
 * or {@code error.txt} when the run failed. A run is done when its {@code result.json} exists and
 * parses — ResultFiles writes it last and atomically, so a run killed midway is simply not done.
 * (The database of runs that dispatch keeps is its run store; this is only the directory.)
 */
public final class SweepDirectory {

    /** The failure message of a run that failed. */
    public static final String ERROR_TXT = ErrorFile.NAME;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;

    /** The sweep output directory {@code out}. */
    public SweepDirectory(Path out) {
        this.out = out;
    }

    /** The sweep's output directory. */
    public Path out() {
        return out;
    }

    /** The directory of one run. */
    public Path dir(String id) {
        return out.resolve("runs").resolve(id);
    }

    /**
     * Removes what writes killed midway left in the run directories (their staging folders), and a
     * run directory left empty by that, so every run directory is complete or absent.
     */
    public void removeStaging() {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                AtomicFiles.removeStaging(dir);
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + runs + ": " + e.getMessage(), e);
        }
    }

    /** The run's parsed result.json, if it exists and parses. */
    public Optional<JsonNode> result(String id) {
        Path file = dir(id).resolve(ResultFiles.RESULT_JSON);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return root != null && root.has("fom") && root.path("parameters").isArray()
                    ? Optional.of(root) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the run finished earlier. */
    public boolean isDone(String id) {
        return result(id).isPresent();
    }

    /**
     * Whether the run finished earlier, its posterior sampled when it asks for one: a run killed while
     * sampling has its fit's result.json but no posterior section, and is run again (the fit, which
     * gives the same optimum, then the sampling from its checkpoint).
     */
    public boolean isDone(RunSpec spec) {
        Optional<JsonNode> result = result(spec.id());
        return result.isPresent() && (SampleOverrides.of(spec.settings(), spec.seed()).isEmpty()
                || result.get().has(PosteriorJson.SECTION));
    }

    /** The run's failure message, if it failed. */
    public Optional<String> error(String id) {
        try {
            return ErrorFile.read(dir(id));
        } catch (IOException e) {
            return Optional.of("cannot read " + dir(id).resolve(ERROR_TXT) + ": " + e.getMessage());
        }
    }
}
