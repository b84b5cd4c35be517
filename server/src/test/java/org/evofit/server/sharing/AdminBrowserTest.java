package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium, the admin signs in, follows the link from their account page to the accounts page and allows alice
 * model scripts there; alice's upload of one is then taken.
 */
class AdminBrowserTest extends WithBrowserLab {

    @Test
    void theAdminAllowsAMemberModelScriptsOnTheAccountsPage() throws Exception {
        signedInAs("root");
        steps.open("/account");
        steps.driver().findElement(By.id("admin-accounts")).click();
        steps.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
        By aliceScripts = By.cssSelector("tr[data-account=alice] td.scripts");
        assertThat(steps.driver().findElement(aliceScripts).getText()).startsWith("forbidden");

        steps.driver().findElement(By.id("scripts-alice")).click();
        steps.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(aliceScripts, "allowed"));
        assertThat(steps.driver().getCurrentUrl()).endsWith("/admin/accounts");
        assertThat(steps.driver().findElement(By.id("scripts-alice")).getText()).isEqualTo("Forbid");
        steps.screenshot("admin-accounts");

        HttpResponse<String> taken = lab.alice.upload("/api/projects/" + Lab.PROJECT + "/files",
                ServiceClient.repoFile("examples/script-coupled/model.java"),
                ServiceClient.repoFile("examples/script-coupled/graded.dat"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }
}
