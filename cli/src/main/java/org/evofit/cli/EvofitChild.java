package org.evofit.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of an evofit child process: this JVM's {@code java} with this class path, so that the
 * benchmarks' workers and services run exactly the code of the evofit that started them.
 */
final class EvofitChild {

    private EvofitChild() {
    }

    /** {@code java -cp CLASSPATH org.evofit.cli.Main} followed by {@code args} (a verb and its options). */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
