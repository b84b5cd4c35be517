package org.evofit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every verb of {@code evofit} is: a picocli command whose {@code call()} returns the exit
 * code, writing to the streams picocli was given (tests give their own) rather than to System.out.
 */
abstract class Verb implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where results go: standard output, or the stream a test set. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and warnings go: standard error, or the stream a test set. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
