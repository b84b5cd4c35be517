package org.evofit.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.evofit.server.BrowserSteps;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** In a real browser: uploads that are refused say why and where, and leave the project as it was. */
class UploadBrowserTest {

    /** Smaller than the peaks data file (2645 bytes), larger than its model (1349 bytes). */
    private static final long SMALL_FILE_LIMIT = 2000;

    @TempDir
    Path data;
    @TempDir
    Path downloads;
    @TempDir
    Path scratch;

    private BrowserSteps steps;

    private BrowserSteps start(UploadLimits limits) {
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1, limits), downloads);
        return steps;
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void aBadModelShowsFileLineAndColumnAndStoresNothing() throws Exception {
        BrowserSteps steps = start(UploadLimits.defaults());
        steps.createProject("films");
        steps.upload(ServiceClient.repoFile("examples/xray-multilayer/model.yaml"),
                ServiceClient.repoFile("examples/xray-multilayer/xray-tutorial.dat"));
        List<String> filesBefore = steps.projectFiles("films");
        List<String> logBefore = commitMessages("films");
        // Line 4: a bound that is not a number, at the column of the x.
        String badLine = "     value: {value: 1, min: x, max: 2}}";
        Path bad = Files.writeString(scratch.resolve("bad.yaml"), "kind: curve\ncomponents:\n  - {name: c, kind: constant,\n"
                + badLine + "\n");
        String where = "models/bad.yaml:4:" + (badLine.indexOf('x') + 1);

        steps.upload(bad);

        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("400");
        assertThat(steps.driver().findElement(By.cssSelector("p.where")).getText()).isEqualTo(where);
        assertThat(steps.driver().findElement(By.cssSelector("p.error")).getText()).startsWith(where);
        assertThat(filesBefore).containsExactlyInAnyOrder("models/model.yaml", "data/xray-tutorial.dat");
        assertThat(steps.projectFiles("films")).isEqualTo(filesBefore);
        assertThat(commitMessages("films")).isEqualTo(logBefore);
    }

    @Test
    void anOversizedUploadIsRefusedWithItsSizeAndTheLimit() throws Exception {
        BrowserSteps steps = start(new UploadLimits(1, 10, SMALL_FILE_LIMIT, 1_000_000));
        steps.createProject("peaks");
        List<String> logBefore = commitMessages("peaks");

        steps.upload(ServiceClient.repoFile("examples/peaks/model.yaml"),
                ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));

        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("413");
        assertThat(steps.driver().findElement(By.cssSelector("p.error")).getText()).isEqualTo("peakfit_gauss.dat: "
                + Files.size(ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")) + " bytes is larger than the limit of "
                + SMALL_FILE_LIMIT + " bytes per file (--upload-max-file-bytes)");
        assertThat(steps.projectFiles("peaks")).isEmpty();
        assertThat(commitMessages("peaks")).isEqualTo(logBefore);
    }

    private List<String> commitMessages(String project) throws IOException, GitAPIException {
        List<String> messages = new ArrayList<>();
        try (Git git = Git.open(data.resolve("projects").resolve(project).toFile())) {
            if (git.getRepository().resolve("HEAD") == null) {
                return messages;
            }
            for (RevCommit c : git.log().call()) {
                messages.add(c.getId().name() + " " + c.getFullMessage());
            }
        }
        return messages;
    }
}
