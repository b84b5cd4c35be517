package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.evofit.server.AuthOptions;
import org.evofit.server.BrowserSteps;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A guest signs in in Chromium on a service that requires it, and works through the pages as before: the pages'
 * forms (project, multipart upload, start) carry the session's CSRF token without knowing it; the session cookie
 * is out of the scripts' reach; signing out sends the browser back to the sign-in page.
 */
class SignInBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    private BrowserSteps steps;

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void aGuestSignsInUploadsAndFitsAnExampleThroughTheFormsAndSignsOut() {
        new UserStore(data.resolve("service"), Clock.systemUTC()).add("guest1", Role.GUEST, "a guest's password");
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1, UploadLimits.defaults(),
                RunOptions.defaults(), new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15))), downloads);

        steps.open("/projects");
        assertThat(steps.driver().getCurrentUrl()).endsWith("/sign-in?next=%2Fprojects");
        steps.signIn("guest1", "not the password");
        assertThat(steps.driver().findElement(By.id("sign-in-problem")).getText()).contains("wrong name or password");

        steps.signIn("guest1", "a guest's password");
        assertThat(steps.driver().getCurrentUrl()).doesNotContain("sign-in");
        assertThat(((org.openqa.selenium.JavascriptExecutor) steps.driver()).executeScript("return document.cookie"))
                .as("HttpOnly: no script sees the session").isEqualTo("");

        steps.createProject("peaks");
        steps.upload(ServiceClient.repoFile("examples/peaks/model.yaml"), ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));
        assertThat(steps.projectFiles("guest1~peaks")).containsExactlyInAnyOrder("models/model.yaml", "data/peakfit_gauss.dat");
        steps.start("guest1~peaks", "models/model.yaml", List.of("data/peakfit_gauss.dat"), "generations", "20", "seed", "7");
        assertThat(steps.awaitResults(1)).isEqualTo("succeeded");

        steps.open("/sign-in");
        assertThat(steps.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as guest1.");
        steps.driver().findElement(By.cssSelector("#sign-out button")).click();
        steps.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        steps.open("/projects/peaks");
        assertThat(steps.driver().getCurrentUrl()).endsWith("/sign-in?next=%2Fprojects%2Fpeaks");
    }
}
