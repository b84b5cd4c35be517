package org.evofit.server.sharing;

import java.nio.file.Path;
import org.evofit.server.BrowserSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A browser test against a fresh {@link Lab}: Chromium signed in as one of its users. */
abstract class WithBrowserLab {

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    Lab lab;
    BrowserSteps steps;

    /** Starts the lab and Chromium around it, and signs {@code user} in; the steps afterwards. */
    BrowserSteps signedInAs(String user) throws Exception {
        lab = new Lab(data);
        steps = BrowserSteps.around(lab.server, downloads);
        steps.open("/sign-in");
        steps.signIn(user, Lab.PASSWORD);
        return steps;
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
        if (lab != null) {
            lab.close();
        }
    }
}
