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
}
