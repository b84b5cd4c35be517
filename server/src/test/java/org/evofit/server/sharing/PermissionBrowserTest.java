package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In Chromium, a guest signs in, fits an example in a project of their own, and is refused: a model script
 * upload, with the reason on the page, and the permalink of another user's fit, which shows 404 as a run that
 * does not exist would.
 */
class PermissionBrowserTest extends WithBrowserLab {

    @Test
    void aGuestFitsButIsRefusedAScriptAndAnotherUsersPermalink() throws Exception {
        signedInAs("gus");
        assertThat(steps.driver().getCurrentUrl()).doesNotContain("sign-in");

        steps.createProject("guest-peaks");
        steps.upload(ServiceClient.repoFile("examples/peaks/model.yaml"), ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));
        steps.start("gus~guest-peaks", "models/model.yaml", List.of("data/peakfit_gauss.dat"), "generations", "20", "seed", "7");
        assertThat(steps.awaitResults(1)).isEqualTo("succeeded");

        steps.open("/projects/gus~guest-peaks");
        steps.upload(ServiceClient.repoFile("examples/script-coupled/model.java"));
        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("403");
        assertThat(steps.driver().findElement(By.cssSelector("p.error")).getText())
                .contains("model scripts (.java) are Java code the service compiles and runs, so guests may not upload them");
        assertThat(steps.projectFiles("gus~guest-peaks")).doesNotContain("models/model.java");

        steps.open("/runs/" + lab.fit);
        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("404");
        String hidden = steps.driver().findElement(By.cssSelector("p.error")).getText();
        steps.open("/runs/ffffffffff");
        assertThat(hidden.replace(lab.fit, "ffffffffff")).as("as a run that does not exist")
                .isEqualTo(steps.driver().findElement(By.cssSelector("p.error")).getText());
        steps.open("/projects/" + Lab.PROJECT);
        assertThat(steps.driver().findElement(By.tagName("h1")).getText()).isEqualTo("404");
        steps.screenshot("guest-refused-permalink");
    }
}
