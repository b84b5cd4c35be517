package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit loop} also records its runs into the SQLite run store DIR/evofit.db. */
class LoopStoreTest {

    @TempDir
    Path dir;

    @Test
    void theLoopsSqliteStoreRebuildsTheSameDirectoryAndCountsItsRuns() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: 3\nfit: {generations: 15, population: 12}\n");
        Path out = dir.resolve("out");
        Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");
        assertThat(loop.exitCode()).as(loop.err()).isZero();
        String db = "jdbc:sqlite:" + out.resolve("evofit.db");

        Cli.Run status = Cli.run("status", "local", "--db", db, "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("\"done\":3").contains("\"queued\":0").contains("\"local\":{\"done\":3}");

        Path rebuilt = dir.resolve("rebuilt");
        Cli.Run results = Cli.run("results", "local", "--db", db, "--out", rebuilt.toString());
        assertThat(results.exitCode()).as(results.err()).isZero();
        assertThat(Files.readString(rebuilt.resolve("summary.csv"))).isEqualTo(Files.readString(out.resolve("summary.csv")));
        for (Path run : list(out.resolve("runs"))) {
            for (Path file : list(run)) {
                assertThat(Files.readAllBytes(rebuilt.resolve("runs").resolve(run.getFileName()).resolve(file.getFileName())))
                        .as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }

        // A second loop over the same directory refits nothing and the store still has three runs, once each.
        Cli.Run again = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");
        assertThat(again.out()).contains("3 of 3 runs succeeded (3 resumed)");
        assertThat(Cli.run("status", "--db", db, "--json").out()).contains("\"total\":3");
    }

    @Test
    void resultsWithArchiveCommitsEachDoneRunOnceAndNothingWhenUnchanged() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: 2\nfit: {generations: 10, population: 12}\n");
        Path out = dir.resolve("out");
        assertThat(Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        String db = "jdbc:sqlite:" + out.resolve("evofit.db");
        Path repo = dir.resolve("archive");
        Path exported = dir.resolve("exported");

        Cli.Run first = Cli.run("results", "local", "--db", db, "--out", exported.toString(), "--archive", repo.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(commits(repo)).isEqualTo(2);
        for (Path run : list(exported.resolve("runs"))) {
            assertThat(repo.resolve("exported").resolve(run.getFileName()).resolve("parameters.csv"))
                    .hasSameBinaryContentAs(run.resolve("parameters.csv"));
        }

        Cli.Run second = Cli.run("results", "local", "--db", db, "--out", exported.toString(), "--archive", repo.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("unchanged, nothing committed");
        assertThat(commits(repo)).isEqualTo(2);
    }

    private static int commits(Path repo) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
            int n = 0;
            for (var ignored : git.log().call()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void anUnknownDatabaseUrlIsBadInput() {
        Cli.Run run = Cli.run("status", "--db", "jdbc:mysql://x/y");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db: expected jdbc:sqlite:FILE or jdbc:postgresql://");
    }

    private static List<Path> list(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
