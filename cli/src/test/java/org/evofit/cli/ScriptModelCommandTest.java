package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
    void aSweepNamingTheScriptLoopsAndEachRunEqualsEvofitFitBitForBit() throws IOException {
        Path model = script(source);
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: [model.java]\nseeds: [1]\nfit: {generations: 15}\n");
        Path out = dir.resolve("loop");

        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");

        assertThat(loop.exitCode()).as(loop.out() + loop.err()).isZero();
        assertThat(loop.out()).contains("1 of 1 runs succeeded");
        Path run = runs(out).get(0);
        Path single = dir.resolve("fit");
        Cli.Run fit = Cli.run("fit", model.toString(), "--out", single.toString(), "--generations", "15", "--seed", "1",
                "--quiet");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        for (String name : new String[] {"parameters.csv", "fit.csv", "history.csv"}) {
            assertThat(Files.readAllBytes(run.resolve(name))).as(name).isEqualTo(Files.readAllBytes(single.resolve(name)));
        }
    }

    @Test
    void aSweepOverTheScriptReplacesItsDataAndVariesItsParameters() throws IOException {
        script(source);
        List<String> lines = Files.readAllLines(dir.resolve("graded.dat"));
        Files.write(dir.resolve("fewer.dat"), lines.subList(0, lines.size() - 50));
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), """
                models: [model.java]
                data: [graded.dat, fewer.dat]
                vary: {sigma: [3.5, 4.5]}
                fit: {generations: 5}
                """);
        Path out = dir.resolve("loop");

        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");

        assertThat(loop.exitCode()).as(loop.out() + loop.err()).isZero();
        assertThat(loop.out()).contains("4 of 4 runs succeeded");
        List<Integer> points = runs(out).stream().map(r -> lineCount(r.resolve("fit.csv"))).sorted().toList();
        assertThat(points).containsExactly(251, 251, 301, 301);
    }

    private static List<Path> runs(Path out) throws IOException {
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            return runs.sorted().toList();
        }
    }

    private static int lineCount(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
