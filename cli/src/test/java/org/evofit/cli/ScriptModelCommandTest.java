package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptModelCommandTest {

    @TempDir
    Path dir;
    private String source;

    @BeforeEach
    void copyTheExample() throws IOException {
        Path example = Cli.root().resolve("examples/script-coupled");
        source = Files.readString(example.resolve("model.java"));
        Files.copy(example.resolve("graded.dat"), dir.resolve("graded.dat"));
    }

    private Path script(String text) throws IOException {
        return Files.writeString(dir.resolve("model.java"), text);
    }

    @Test
    void fitAndSimulateTakeAScriptLikeAModelFile() throws IOException {
        Path model = script(source);
        Path out = dir.resolve("out");

        Cli.Run fit = Cli.run("fit", model.toString(), "--out", out.toString(), "--generations", "20", "--quiet");

        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(fit.out()).contains("d0").contains("delta");
        assertThat(Files.readString(out.resolve("result.json"))).contains("model.java");
        assertThat(Files.readAllLines(out.resolve("fit.csv"))).hasSize(301);

        Path curve = dir.resolve("sim.csv");
        Cli.Run simulate = Cli.run("simulate", model.toString(), "--out", curve.toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        assertThat(Files.readAllLines(curve)).hasSize(301);
    }

    @Test
    void aScriptThatDoesNotCompileIsBadInputAtItsLineAndWritesNothing() throws IOException {
        String broken = source.replace("v.at(d0) + k", "v.at(dZero) + k");
        List<String> lines = broken.lines().toList();
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("dZero")).findFirst().orElseThrow());
        int column = 1 + lines.get(line - 1).indexOf("dZero");
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("fit", script(broken).toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("model.java:" + line + ":" + column + ": cannot find symbol")
                .contains("dZero");
        assertThat(out).doesNotExist();
    }
}
