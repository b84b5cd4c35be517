package org.evofit.server.view;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page or API answer says when the server's own files (a run's results, a sweep's plan, an error.txt)
 * cannot be read: what failed, in plain words, never the exception's message, which names the file by its path on
 * the server (no submitter is shown one), nor its Java class. That is the server's fault, not the submitter's, and
 * the whole exception goes to the server's log, where whoever runs the server can act on it.
 */
final class Unreadable {

    private static final Logger LOG = LoggerFactory.getLogger(Unreadable.class);

    private Unreadable() {
    }

    /**
     * {@code "WHAT cannot be read: a fault on the server, whose log has the details"}; logs {@code failure}.
     *
     * @param what what could not be read, as the submitter knows it ({@code the run's result files})
     */
    static String text(String what, Exception failure) {
        return logged(what + " cannot be read: a fault on the server, whose log has the details", failure);
    }

    /**
     * {@code words}, a caller's own wording of what cannot be read and why, which quotes neither a path nor {@code
     * failure}'s message; logs {@code failure} as {@link #text} does.
     */
    static String logged(String words, Exception failure) {
        LOG.warn("{}", words, failure);
        return words;
    }
}
