package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 13: messages that pointed at the wrong place or said the wrong thing. (A script's
 * duplicate parameter and non-UTF-8 script are in {@link ScriptFailureTest}, a GenX script's Python
 * syntax error in the importer's tests.)
 */
class LocatedMessagesTest {

    @TempDir
    Path dir;

    @Test
    void anExpressionErrorPointsAtTheExpressionNotAtTheComponent() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0 1\n1 2\n2 3\n3 4\n");
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: e
                    kind: expression
                    parameters: [a]
                    a: {value: 1, min: 0, max: 2}
                    expression: "a*x +* 2"
                data: [{file: data.dat, columns: {x: 0, y: 1}}]
                fom: diff
                """);

        Cli.Run run = Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        // Line 7, column 17 is the opening quote; the '*' that cannot start an operand is 6 characters on.
        assertThat(run.err()).contains("model.yaml:7:23: ").contains("but found '*'");
    }

    @Test
    void nestingBeyondTheParsersLimitIsLocatedInEvofitsWords() throws IOException {
        Files.writeString(dir.resolve("deep.yaml"), "kind: " + "[".repeat(1100) + "]".repeat(1100) + "\n");

        Cli.Run run = Cli.run("fit", dir.resolve("deep.yaml").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("deep.yaml:1:1007: expected at most 1000 levels of nested lists and mappings")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void reportOfAFileSaysItIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("README.md"), "# notes\n");

        Cli.Run run = Cli.run("report", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("(it is a file)").doesNotContain("does not exist");
    }
}
