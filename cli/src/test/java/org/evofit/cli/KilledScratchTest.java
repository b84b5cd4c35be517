package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.wrapper.io.Staging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (#2's class): a script compile and a GenX import killed with SIGKILL (a separate JVM)
 * while their scratch folder exists leave it only in the killed process's staging folder, and the
 * next compile or import removes it, leaving no staging behind. The kill is real: the test waits for
 * the scratch folder to appear ({@code compiling-*}, {@code verify-*}) and kills then. The children
 * get a temporary folder of their own, so the test sees only their scratch folders.
 */
class KilledScratchTest {

    /** A try that missed the scratch folder (the child finished first) is tried again, at most this often. */
    private static final int TRIES = 5;

    @TempDir
    Path dir;

    @Test
    void aKilledCompilesScratchClassesGoWithTheNextScriptLoad() throws Exception {
        Path example = Cli.root().resolve("examples/script-coupled");
        Files.copy(example.resolve("graded.dat"), dir.resolve("graded.dat"));
        Path cache = dir.resolve("tmp/evofit-scripts");
        String source = Files.readString(example.resolve("model.java"));
        Path model = dir.resolve("model.java");
        // Each try compiles anew: another source text is another cache entry.
        Path killed = killWhenScratchAppears(cache, "compiling-", tryNo -> {
            Files.writeString(model, source + "\n// try " + tryNo + "\n");
            return List.of("simulate", model.toString(), "--out", dir.resolve("curve-" + tryNo + ".csv").toString());
        });
        assertThat(killed).exists();

        Process next = child("next", List.of("simulate", model.toString(), "--out", dir.resolve("curve.csv").toString()));
        assertThat(next.waitFor()).as(log("next")).isZero();

        assertThat(cache.resolve(Staging.FOLDER)).doesNotExist();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void aKilledImportsScratchModelGoesWithTheNextImport() throws Exception {
        Path scratch = dir.resolve("tmp/evofit-import-genx");
        String hgx = Cli.repo("wrapper/src/test/resources/genx/XRR_batch_made.hgx");
        Path killed = killWhenScratchAppears(scratch, "verify-", tryNo ->
                List.of("import-genx", hgx, "--out", dir.resolve("killed-" + tryNo).toString()));
        assertThat(killed).exists();

        Process next = child("next", List.of("import-genx", hgx, "--out", dir.resolve("out").toString()));
        assertThat(next.waitFor()).as(log("next")).isZero();

        assertThat(dir.resolve("out/model.yaml")).exists();
        try (Stream<Path> entries = Files.list(scratch)) {
            assertThat(entries).as("nothing of the killed import or of this one").isEmpty();
        }
    }

    /** Arguments of a child's evofit command for the {@code tryNo}-th try. */
    @FunctionalInterface
    private interface Command {
        List<String> of(int tryNo) throws IOException;
    }

    /**
     * Starts children until one is killed while its scratch folder {@code root/STAGING/<pid>/PREFIX*}
     * exists; returns that folder.
     */
    private Path killWhenScratchAppears(Path root, String prefix, Command command) throws Exception {
        for (int tryNo = 1; tryNo <= TRIES; tryNo++) {
            Process p = child("try-" + tryNo, command.of(tryNo));
            Path own = root.resolve(Staging.FOLDER).resolve(Long.toString(p.pid()));
            // The event: the scratch folder exists, i.e. the compile or check has begun.
            Path seen = null;
            while (p.isAlive() && (seen = scratch(own, prefix)) == null) {
                Thread.sleep(2);
            }
            if (seen != null) {
                p.destroyForcibly();   // SIGKILL: no shutdown hooks, no chance to tidy up
                p.waitFor();
                if (Files.exists(seen)) {
                    return seen;
                }
            }
            p.waitFor();
        }
        throw new AssertionError("no try was killed while its " + prefix + "* folder existed");
    }

    private static Path scratch(Path own, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(own)) {
            return entries.filter(e -> e.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private Process child(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }
}
