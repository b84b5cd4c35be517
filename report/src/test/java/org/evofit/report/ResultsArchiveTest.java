package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsArchiveTest {

    @TempDir
    Path tmp;

    private Path run() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("result.json"), """
                {"model": "/lab/models/film.yaml", "fomName": "chi2", "fom": 1.234567891, "finished": "2026-01-02T03:04:05Z"}
                """);
        Files.writeString(run.resolve("model.json"), """
                {"dataSets": [{"name": "T50", "file": "/lab/data/film_T50K.dat"}]}
                """);
        Files.writeString(run.resolve("fit.csv"), "dataset,x,y,error,model,residual\n");
        Files.createDirectories(run.resolve("charts"));
        Files.writeString(run.resolve("charts/fit.svg"), "<svg/>");
        return run;
    }

    private static List<RevCommit> log(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            List<RevCommit> out = new ArrayList<>();
            git.log().call().forEach(out::add);
            return out;
        }
    }

    @Test
    void mirrorsTheRunCommitsOnlyChangesAndRemovesFilesTheRunNoLongerHas() throws Exception {
        Path run = run();
        Path repo = tmp.resolve("archive");
        ResultsArchive archive = new ResultsArchive(repo);

        assertThat(archive.commit(run, "campaign/T50")).isPresent();
        assertThat(repo.resolve("campaign/T50/charts/fit.svg")).hasContent("<svg/>");
        assertThat(log(repo).get(0).getShortMessage()).isEqualTo("campaign/T50: film.yaml on film_T50K.dat, chi2 = 1.23457");
        assertThat(log(repo).get(0).getFullMessage()).contains("model: /lab/models/film.yaml", "finished: 2026-01-02");

        assertThat(archive.commit(run, "campaign/T50")).isEmpty();

        Files.delete(run.resolve("charts/fit.svg"));
        Files.writeString(run.resolve("fit.csv"), "dataset,x,y,error,model,residual\nT50,1,2,,2,0\n");
        assertThat(archive.commit(run, "campaign/T50")).isPresent();
        assertThat(repo.resolve("campaign/T50/charts/fit.svg")).doesNotExist();
        assertThat(repo.resolve("campaign/T50/fit.csv")).hasSameTextualContentAs(run.resolve("fit.csv"));
        assertThat(log(repo)).hasSize(2);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void refusesAnUnfinishedRunAndAFolderOutsideTheArchive() throws Exception {
        Path run = run();
        ResultsArchive archive = new ResultsArchive(tmp.resolve("archive"));
        assertThatThrownBy(() -> archive.commit(run, "../elsewhere")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.commit(run, ".git/hooks")).isInstanceOf(IllegalArgumentException.class);
        Files.delete(run.resolve("result.json"));
        assertThatThrownBy(() -> archive.commit(run, "r")).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("no result.json");
    }
}
