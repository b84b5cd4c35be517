package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --startup} against a stand-in launcher that records how it was called. */
class StartupBenchTest {

    @TempDir
    Path root;

    @Test
    void runsEachCaseAsOftenAsAskedWithAndWithoutTheArchive() throws Exception {
        Path calls = root.resolve("calls");
        Path launcher = launcher("echo \"${EVOFIT_CDS:-on} $*\" >> '" + calls + "'\n");

        List<StartupBench.Case> cases = StartupBench.measure(launcher, 3, new PrintWriter(new StringWriter()));

        assertThat(cases).extracting(StartupBench.Case::name).containsExactly("java -version (baseline)",
                "evofit --help, no archive", "evofit --help", "evofit fit peaks 3 generations, no archive",
                "evofit fit peaks 3 generations");
        assertThat(cases).allSatisfy(c -> assertThat(c.millis()).hasSize(3).isSorted());
        List<String> lines = Files.readAllLines(calls);
        // One untimed run first (it makes the archive of a new jar), then the four launcher cases in turn.
        assertThat(lines).hasSize(1 + 4 * 3);
        assertThat(lines.get(0)).isEqualTo("on --help");
        assertThat(lines.subList(1, 5)).satisfiesExactly(l -> assertThat(l).isEqualTo("off --help"),
                l -> assertThat(l).isEqualTo("on --help"),
                l -> assertThat(l).startsWith("off fit examples/peaks/model.yaml --out ").endsWith("--generations 3 --quiet"),
                l -> assertThat(l).startsWith("on fit examples/peaks/model.yaml --out "));
    }

    @Test
    void reportsMediansAndQuartilesAsRatiosToTheBaseline() {
        List<StartupBench.Case> cases = List.of(new StartupBench.Case("base", new double[] {1, 2, 3, 4}),
                new StartupBench.Case("slow", new double[] {3, 5, 7, 9}));
        ObjectNode root = new ObjectMapper().createObjectNode();
        StringBuilder table = new StringBuilder();

        StartupBench.add(root, table, cases);

        assertThat(root.at("/startup/1/medianMs").asDouble()).isEqualTo(5);
        assertThat(root.at("/startup/1/q1Ms").asDouble()).isEqualTo(3);
        assertThat(root.at("/startup/1/q3Ms").asDouble()).isEqualTo(7);
        assertThat(root.at("/startup/1/ratioToBaseline").asDouble()).isEqualTo(2.5);
        assertThat(table.toString()).contains("over 4 runs each").containsPattern("slow +5 +3 +7 +2.50x");
    }

    @Test
    void aLauncherThatFailsFailsTheBenchmark() throws Exception {
        Path launcher = launcher("exit 3\n");

        assertThatThrownBy(() -> StartupBench.measure(launcher, 1, new PrintWriter(new StringWriter())))
                .hasMessageContaining("exited with 3");
    }

    @Test
    void aMissingLauncherIsBadInput() {
        assertThatThrownBy(() -> StartupBench.measure(root.resolve("evofit"), 1, new PrintWriter(new StringWriter())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--launcher");
    }

    private Path launcher(String body) throws Exception {
        Path launcher = Files.writeString(root.resolve("evofit"), "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return launcher;
    }
}
