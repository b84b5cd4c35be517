package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.evofit.server.AuthOptions;
import org.evofit.server.BrowserSteps;
import org.evofit.server.OidcOptions;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.UploadLimits;
import org.evofit.server.account.Role;
import org.evofit.server.oidc.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium, "Sign in with" an issuer that is another site (localhost, where the service is 127.0.0.1): the
 * browser goes to the issuer, comes back to the callback and lands, signed in, on the page it asked for, so the
 * SameSite=Strict session cookie does travel after a sign-in that started on another site.
 */
class OidcSignInBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    private BrowserSteps steps;
    private TestIssuer issuer;

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void aPersonSignsInWithTheIssuerAndLandsOnThePageTheyAskedFor() throws Exception {
        issuer = new TestIssuer("localhost");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OidcOptions oidc = new OidcOptions(issuer.issuer(), TestIssuer.CLIENT_ID, TestIssuer.CLIENT_SECRET,
                URI.create("http://127.0.0.1:" + port + OidcSignIn.CALLBACK), null, Role.GUEST, "Test Issuer", null);
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", port, data, null, 1, UploadLimits.defaults(),
                RunOptions.defaults(), new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)).withOidc(oidc)),
                downloads);

        steps.open("/projects");
        assertThat(steps.driver().getCurrentUrl()).endsWith("/sign-in?next=%2Fprojects");
        steps.driver().findElement(By.id("sign-in-oidc")).click();
        steps.waitUpTo(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith(":" + port + "/projects"));
        assertThat(steps.driver().findElements(By.id("sign-in"))).as("not sent back to sign in").isEmpty();
        assertThat(((JavascriptExecutor) steps.driver()).executeScript("return document.cookie"))
                .as("HttpOnly: no script sees the session").isEqualTo("");

        steps.open("/sign-in");
        assertThat(steps.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as alice.example.");
    }
}
