package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.wrapper.sample.ChainLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit sample} killed with SIGKILL part-way (a separate JVM) and run again resumes from its
 * checkpoint and writes the chain of an uninterrupted run with the same seed, bit for bit.
 */
class SampleKillTest {

    private static final int STEPS = 1500;

    @TempDir
    Path dir;

    @Test
    void aKilledSampleResumesFromItsCheckpointToTheUninterruptedChain() throws Exception {
        // 5000 points make a step slow enough (16 walkers x 5000 exponentials) to kill it part-way.
        Path model = SampleModels.peak(dir, 5000, true);
        Path killed = dir.resolve("killed");
        List<String> args = List.of("sample", model.toString(), "--steps", Integer.toString(STEPS), "--walkers", "16",
                "--seed", "21", "--checkpoint-seconds", "0.2", "--quiet");

        List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--out", killed.toString(), "--threads", "2"));
        Process sample = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path checkpoint = killed.resolve("chain.checkpoint");
        AwaitProgress.until("a checkpoint past step 20 is saved",
                () -> checkpointSteps(checkpoint) > 20 || !sample.isAlive(),
                () -> AwaitProgress.files(killed), () -> "");
        assertThat(sample.isAlive()).as("the sampler is still running when it is killed").isTrue();
        sample.destroyForcibly();   // SIGKILL: no shutdown hooks, no chance to tidy up
        sample.waitFor();
        int savedAt = checkpointSteps(checkpoint);
        assertThat(savedAt).isBetween(21, STEPS - 1);
        assertThat(killed.resolve("chain.bin")).doesNotExist();

        Cli.Run resumed = run(args, killed, "1");
        Cli.Run whole = run(args, dir.resolve("whole"), "2");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(resumed.out()).contains("resumed from the checkpoint at step ");
        int resumedAt = Integer.parseInt(resumed.out().replaceAll("(?s).*resumed from the checkpoint at step (\\d+).*", "$1"));
        assertThat(resumedAt).isGreaterThanOrEqualTo(savedAt);
        assertThat(Files.readAllBytes(killed.resolve("chain.bin")))
                .isEqualTo(Files.readAllBytes(dir.resolve("whole/chain.bin")));
        assertThat(Files.readString(killed.resolve("posterior.json")))
                .isEqualTo(Files.readString(dir.resolve("whole/posterior.json")));
        assertThat(checkpoint).doesNotExist();
    }

    private static Cli.Run run(List<String> args, Path out, String threads) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("--out", out.toString(), "--threads", threads));
        return Cli.run(all.toArray(String[]::new));
    }

    /**
     * Steps in the checkpoint, or 0 when there is none yet (it is first written atomically, then appended
     * to; a record still being appended fails its CRC and is not counted).
     */
    private static int checkpointSteps(Path checkpoint) {
        if (!Files.isRegularFile(checkpoint)) {
            return 0;
        }
        try {
            return ChainLog.read(checkpoint, STEPS + 1).chain().steps();
        } catch (RuntimeException e) {
            return 0;   // replaced between the check and the read: look again
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
