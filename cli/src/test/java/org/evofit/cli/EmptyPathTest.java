package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An empty path option ({@code --out ''}, as a script with an unset variable writes it) is a usage
 * error naming the option, never the current directory: nothing is written where evofit was started.
 */
class EmptyPathTest {

    @Test
    void anEmptyOutIsRefusedAndNothingIsWrittenInTheWorkingDirectory() throws IOException {
        List<String> before = listing(Path.of(""));
        String model = Cli.repo("examples/peaks/model.yaml");
        List<String[]> commands = List.of(
                new String[] {"fit", model, "--out", "", "--generations", "2", "--quiet"},
                new String[] {"fit", model, "--out", " ", "--generations", "2", "--quiet"},
                new String[] {"loop", Cli.repo("examples/sequence/sweep.yaml"), "--out", "", "--quiet"},
                new String[] {"import-genx", Cli.repo("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx"), "--out", ""},
                new String[] {"fit", model, "--out", "x", "--archive", ""},
                new String[] {"serve", "--port", "0", "--data", ""});
        for (String[] args : commands) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("an empty path").containsPattern("'--(out|archive|data)'");
            assertThat(run.out()).doesNotContain("results written");
        }
        assertThat(listing(Path.of(""))).isEqualTo(before);
        assertThat(Path.of("x")).doesNotExist();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.toAbsolutePath())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
