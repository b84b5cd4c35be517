package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evofit.wrapper.io.DeadProcess;
import org.evofit.wrapper.io.Staging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (same class as #2): an import killed while it checks the translated model leaves that
 * model in its process's staging folder, never a directory of its own in the temp folder, and the
 * next import removes it.
 */
class ImportStagingTest {

    @TempDir
    Path dir;

    @Test
    void theNextImportRemovesWhatAKilledImportLeftAndLeavesNothingOfItsOwn() throws Exception {
        long dead = DeadProcess.pid(dir);
        Path killed = DeadProcess.leftover(GenxImporter.SCRATCH_ROOT, dead, "verify-1234");

        GenxImporter.importFile(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx"), dir.resolve("out"), false);

        assertThat(killed.getParent()).doesNotExist();
        assertThat(GenxImporter.SCRATCH_ROOT.resolve(Staging.FOLDER)
                .resolve(Long.toString(ProcessHandle.current().pid()))).doesNotExist();
        assertThat(dir.resolve("out/model.yaml")).exists();
    }
}
