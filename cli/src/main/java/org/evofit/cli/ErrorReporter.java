package org.evofit.cli;

import org.evofit.core.input.InputFileException;
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
                || e instanceof org.evofit.dispatch.NoSuchSweepException) {
            cmd.getErr().println("evofit: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        cmd.getErr().println("evofit: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        if (System.getenv("EVOFIT_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return Main.FAILURE;
    }
}
