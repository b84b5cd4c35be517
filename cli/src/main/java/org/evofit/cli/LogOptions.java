package org.evofit.cli;

import java.nio.file.Path;
import org.evofit.dispatch.EventLog;
import picocli.CommandLine.Option;

/** Where the event lines go: stderr always, and {@code --log FILE}. */
final class LogOptions {

    @Option(names = "--log", paramLabel = "FILE", description = "Also append the event lines to FILE.")
    Path file;

    @Option(names = "--quiet", description = "No event lines on stderr (--log still gets them).")
    boolean quiet;

    EventLog open() {
        return EventLog.to(quiet ? null : System.err, file);
    }
}
