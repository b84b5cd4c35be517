package org.evofit.server;

import java.nio.file.Path;
import java.util.Objects;
import org.evofit.dispatch.DbConfig;

/**
 * How {@code evofit serve} runs.
 *
 * @param bind  the address to listen on (loopback by default)
 * @param port  the TCP port; 0 picks a free one (tests)
 * @param data  the directory holding the projects and the embedded run store
 * @param db    the cluster's run store, or {@code null} for the embedded default (fits on local slots)
 * @param slots fits run at the same time on this machine in the embedded default (one per core)
 * @param uploads the file-set rules of every upload
 * @param runs  the bound of waiting submissions and the checkpoint interval
 * @param auth  whether signing in is required (it must be on any address but loopback) and the lock-out rules
 * @param limits the rate limits per account and address, and the quotas per role
 */
public record ServerOptions(String bind, int port, Path data, DbConfig db, int slots, UploadLimits uploads,
                            RunOptions runs, AuthOptions auth, Limits limits) {

    /** The most slots accepted: more would only queue threads behind the cores. */
    public static final int MAX_SLOTS = 1024;

    /** Checks the values; a wrong one is an IllegalArgumentException naming the option. */
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(limits, "limits");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("--bind must name an address, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("--slots must be between 1 and " + MAX_SLOTS + ", got " + slots);
        }
        auth.checkBind(bind);
    }

    /** Options with the default limits ({@link Limits#defaults()}). */
    public ServerOptions(String bind, int port, Path data, DbConfig db, int slots, UploadLimits uploads, RunOptions runs,
                         AuthOptions auth) {
        this(bind, port, data, db, slots, uploads, runs, auth, Limits.defaults());
    }

    /** Options with optional sign-in ({@link AuthOptions#defaults()}), for the loopback address. */
    public ServerOptions(String bind, int port, Path data, DbConfig db, int slots, UploadLimits uploads, RunOptions runs) {
        this(bind, port, data, db, slots, uploads, runs, AuthOptions.defaults());
    }

    /** Options with the default run options ({@link RunOptions#defaults()}). */
    public ServerOptions(String bind, int port, Path data, DbConfig db, int slots, UploadLimits uploads) {
        this(bind, port, data, db, slots, uploads, RunOptions.defaults());
    }

    /** Options with the default upload rules ({@link UploadLimits#defaults()}). */
    public ServerOptions(String bind, int port, Path data, DbConfig db, int slots) {
        this(bind, port, data, db, slots, UploadLimits.defaults());
    }

    /** The embedded default on this machine: loopback, port 8080, {@code ./evofit-data}, one slot per core. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, Path.of("evofit-data"), null,
                Runtime.getRuntime().availableProcessors());
    }

    /** Whether fits go to a cluster's workers rather than to this process's slots. */
    public boolean clustered() {
        return db != null;
    }
}
