package org.evofit.wrapper.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The id of a process that has ended, as a process killed midway leaves it in a staging folder's name. */
public final class DeadProcess {

    private DeadProcess() {
    }

    /** Runs {@code java -version} to its end (its output into {@code dir}) and returns its id. */
    public static long pid(Path dir) throws IOException, InterruptedException {
        Process finished = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-version")
                .redirectErrorStream(true).redirectOutput(dir.resolve("java.log").toFile()).start();
        finished.waitFor();
        return finished.pid();
    }

    /** A scratch folder such as a killed process leaves: {@code root/.evofit-staging/<pid>/<name>/} with a file in it. */
    public static Path leftover(Path root, long pid, String name) throws IOException {
        Path folder = Files.createDirectories(root.resolve(Staging.FOLDER).resolve(Long.toString(pid)).resolve(name));
        Files.writeString(folder.resolve("half-written"), "left by a killed process");
        return folder;
    }
}
