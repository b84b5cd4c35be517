package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a commit leaves in the staging folder: nothing of its own, nothing of a process that was
 * killed while writing there, and nothing taken from a process that is writing there right now.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCommitRemovesWhatADeadWriterStagedAndLeavesALiveOnesFiles() throws Exception {
        long dead = DeadProcess.pid(dir);
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path staging = dir.resolve("out").resolve(AtomicFiles.STAGING);
        Path killed = Files.writeString(Files.createDirectories(staging.resolve(Long.toString(dead)))
                .resolve("fit.csv.1.tmp"), "half a file");
        Path writing = Files.writeString(Files.createDirectories(staging.resolve(Long.toString(live)))
                .resolve("sld.csv.2.tmp"), "being written");

        new AtomicFiles().text(dir.resolve("out/result.json"), "{}\n").commit();

        assertThat(dir.resolve("out/result.json")).hasContent("{}");
        assertThat(killed.getParent()).doesNotExist();
        assertThat(writing).hasContent("being written");
        assertThat(staging.resolve(Long.toString(ProcessHandle.current().pid()))).doesNotExist();

        Files.delete(writing);
        Files.delete(writing.getParent());
        AtomicFiles.writeText(dir.resolve("out/fit.csv"), "x\n");
        assertThat(staging).doesNotExist();
    }
}
