package org.evofit.cli;

import org.evofit.core.input.InputFileException;
import org.evofit.dispatch.Secrets;
import picocli.CommandLine;

/**
 * Turns a failure into one line on stderr and an exit code: 2 for mistakes in the user's input
 * (whose messages already name the file and line), 1 for anything else.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof InputFileException || e instanceof BadInputException
                || e instanceof org.evofit.report.ReportInputException
                || e instanceof org.evofit.dispatch.NoSuchSweepException
                || e instanceof org.evofit.dispatch.NoStoreException
                || e instanceof org.evofit.dispatch.SchemaException) {
            cmd.getErr().println("evofit: " + Secrets.masked(e.getMessage()));
            return Main.BAD_INPUT;
        }
        // A failure's message may quote a URL or a driver's message; no secret reaches the terminal.
        cmd.getErr().println("evofit: " + Secrets.masked(e.getMessage() == null ? e.toString() : e.getMessage()));
        if (System.getenv("EVOFIT_DEBUG") != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            cmd.getErr().print(Secrets.masked(trace.toString()));
        }
        return Main.FAILURE;
    }
}
