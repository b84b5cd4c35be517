package org.evofit.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.wrapper.model.DataWarning;

/**
 * Prints each data warning once on stderr ({@code evofit: warning: example.ort: 40 of 111 points have a
 * non-finite R and are left out of the fit}), also under {@code --quiet}, which silences progress, not
 * what a person must know to trust a result. A sweep whose runs share a data file warns once for it.
 */
final class DataWarningPrinter {

    private final PrintWriter err;
    private final Set<String> printed = new HashSet<>();

    DataWarningPrinter(PrintWriter err) {
        this.err = err;
    }

    /** Prints the warnings not printed before; safe to call from several runs' threads. */
    synchronized void print(List<DataWarning> warnings) {
        for (DataWarning w : warnings) {
            String message = w.message();
            if (printed.add(message)) {
                err.println("evofit: warning: " + message);
            }
        }
        err.flush();
    }
}
