package org.evofit.wrapper.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evofit.wrapper.io.DeadProcess;
import org.evofit.wrapper.io.Staging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (same class as #2): a script compile killed midway leaves its scratch classes in its
 * process's staging folder of the script cache, and the next script load removes them.
 */
class ScriptStagingTest {

    @TempDir
    Path dir;

    @Test
    void theNextLoadRemovesWhatAKilledCompileLeftAndLeavesNothingOfItsOwn() throws Exception {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "evofit-scripts");
        long dead = DeadProcess.pid(dir);
        Path killed = DeadProcess.leftover(cache, dead, "compiling-1234");

        ScriptModels.load(Path.of("src/test/resources/script/film.java"));

        assertThat(killed.getParent()).doesNotExist();
        assertThat(cache.resolve(Staging.FOLDER).resolve(Long.toString(ProcessHandle.current().pid())))
                .doesNotExist();
    }
}
