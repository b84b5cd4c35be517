package org.evofit.server.sharing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test class run against a fresh {@link Lab} per test, in its own data directory. */
abstract class WithLab {

    @TempDir
    Path data;

    Lab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new Lab(data);
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }
}
