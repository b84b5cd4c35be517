package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verbs that read a run store, or change what it holds, never create one: a mistyped
 * {@code --db} is bad input (exit 2) naming the store, and leaves no file and no schema behind.
 */
class ReadingVerbsCreateNoStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSqliteStoreIsReportedAndNotCreated() {
        Path missing = dir.resolve("no/such.db");
        String url = "jdbc:sqlite:" + missing;
        for (String[] args : new String[][] {{"status", "--db", url}, {"results", "--db", url, "local", "--out",
                dir.resolve("out").toString()}, {"cancel", "--db", url, "local"}, {"prune", "--db", url, "local"}}) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("no such run store").contains(missing.toString());
            assertThat(run.out()).doesNotContain("0 runs");
        }
        assertThat(missing).doesNotExist();
        assertThat(missing.getParent()).doesNotExist();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFileThatHoldsNoStoreIsLeftAsItWas() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Cli.Run run = Cli.run("status", "--db", "jdbc:sqlite:" + empty);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("holds no evofit run store");
        assertThat(Files.size(empty)).isZero();
    }
}
