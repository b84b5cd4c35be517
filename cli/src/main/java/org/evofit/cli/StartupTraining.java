package org.evofit.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the launcher's class-data-sharing archive: {@code ./evofit} runs it once per jar with
 * {@code -XX:DumpLoadedClassList} and dumps a static archive of the classes listed, so what it loads is what later
 * commands map from the archive instead of loading from the jar. It does what start-up is measured on: the top-level
 * help, a verb's help and a fit of a few generations, twice into one folder. Its output is of no use and goes nowhere.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /**
     * Trains with the model file {@code args[0]} (skipped when absent: the archive then holds the help's
     * classes only), writing the fit into the scratch directory {@code args[1]}; exits 0 even when the fit fails,
     * as the classes it loaded on the way are still worth archiving.
     */
    public static void main(String[] args) {
        Main.bridgeJavaUtilLogging();
        run("--help");
        run("fit", "--help");
        if (args.length == 2 && Files.isRegularFile(Path.of(args[0]))) {
            String[] fit = {"fit", args[0], "--out", Path.of(args[1], "fit").toString(), "--generations", "3", "--quiet"};
            run(fit);
            // Again into the same folder, as a fit is re-run: replacing the earlier results loads classes of its own.
            run(fit);
        }
        System.exit(0);
    }

    private static void run(String... args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
        Main.commandLine(args).setOut(nowhere).setErr(nowhere).execute(args);
    }
}
