package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.evofit.report.ResultsArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveOptionTest {

    @TempDir
    Path tmp;

    private static List<RevCommit> log(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            List<RevCommit> out = new ArrayList<>();
            git.log().call().forEach(out::add);
            return out;
        }
    }

    @Test
    void fitWithArchiveTwiceGivesTwoCommitsAndAnUnchangedRunAddsNone() throws Exception {
        Path out = tmp.resolve("peaks-run");
        Path repo = tmp.resolve("archive");
        for (int i = 0; i < 2; i++) {
            Cli.Run run = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", out.toString(), "--quiet",
                    "--generations", "10", "--archive", repo.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("archived peaks-run in");
        }
        List<RevCommit> commits = log(repo);
        assertThat(commits).hasSize(2);
        assertThat(commits.get(0).getFullMessage()).contains("model.yaml", "peakfit_gauss.dat", "chi2bars = ");
        assertThat(repo.resolve("peaks-run/result.json")).hasSameTextualContentAs(out.resolve("result.json"));

        // The same files again: nothing to commit.
        assertThat(new ResultsArchive(repo).commit(out, "peaks-run")).isEmpty();
        assertThat(log(repo)).hasSize(2);
    }

    @Test
    void aResumedLoopArchivesOnlyRunsWhoseFilesChanged() throws Exception {
        Path out = tmp.resolve("seq");
        Path repo = tmp.resolve("archive");
        String sweep = Cli.repo("examples/sequence/sweep.yaml");
        Cli.Run first = Cli.run("loop", sweep, "--out", out.toString(), "--quiet", "--archive", repo.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        int runs = log(repo).size();
        assertThat(runs).isGreaterThan(3);
        assertThat(log(repo).get(0).getFullMessage()).startsWith("seq/").contains("film_T", "chi2 = ");

        Cli.Run again = Cli.run("loop", sweep, "--out", out.toString(), "--quiet", "--archive", repo.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("unchanged, nothing committed");
        assertThat(log(repo)).hasSize(runs);
    }

    @Test
    void anArchiveThatCannotBeUsedIsRefusedBeforeAnythingIsFitted() throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("archive.txt"), "not a repository\n");
        Path out = tmp.resolve("never");
        Cli.Run fit = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", out.toString(), "--quiet",
                "--archive", file.toString());
        assertThat(fit.exitCode()).as(fit.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(fit.err()).contains(file.toString()).contains("--archive names a file");
        assertThat(out).doesNotExist();

        Cli.Run loop = Cli.run("loop", Cli.repo("examples/sequence/sweep.yaml"), "--out", out.toString(), "--quiet",
                "--archive", file.resolve("below").toString());
        assertThat(loop.exitCode()).as(loop.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(loop.err()).contains("--archive cannot be created").contains("not a directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLoopIntoAnOutHoldingAnotherSweepIsRefusedAndArchivesNothing() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 10, min: 1, max: 20}, center: {value: 5, min: 3, max: 7},
                     sigma: {value: 1, min: 0.3, max: 2}}
                data:
                  - {name: d, file: a.dat}
                fom: diff
                optimizer: {population: 12, generations: 10}
                """);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= 40; i++) {
            points.append(i * 0.25).append(' ').append(8 * Math.exp(-(i * 0.25 - 5) * (i * 0.25 - 5) / 1.28)).append('\n');
        }
        java.nio.file.Files.writeString(tmp.resolve("a.dat"), points);
        Path out = tmp.resolve("out");
        Path repo = tmp.resolve("archive");
        Path other = java.nio.file.Files.writeString(tmp.resolve("other.yaml"), "models: model.yaml\nseeds: [1]\n");
        Path mine = java.nio.file.Files.writeString(tmp.resolve("mine.yaml"), "models: model.yaml\nseeds: [2]\n");
        assertThat(Cli.run("loop", other.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();

        // Another sweep file into the same --out is refused (issue 13: a directory holds one sweep's runs),
        // so the other sweep's runs can never reach this loop's archive.
        Cli.Run run = Cli.run("loop", mine.toString(), "--out", out.toString(), "--quiet", "--archive", repo.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("holds the runs of another sweep file").contains(other.toString());
        assertThat(repo.resolve(".git")).doesNotExist();
    }
}
