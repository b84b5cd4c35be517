package org.evofit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.dispatch.DbConfig;
import org.evofit.server.AuthOptions;
import org.evofit.server.EvofitServer;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.UploadLimits;
import org.evofit.server.app.Service;
import org.evofit.server.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evofit serve}: the web service. Prints its URL once it listens; SIGTERM (or Ctrl-C) stops
 * taking requests and checkpoints the running fits, which resume on the next start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Serve the web pages and REST API: projects, uploads, fits and sweeps, live progress, results "
                + "(embedded default: SQLite and local slots under --data; with --db a PostgreSQL cluster's workers).")
final class ServeCommand extends Verb {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Any address but loopback needs --auth required "
                    + "(and put nginx with TLS in front for others).")
    String bind;

    @Option(names = "--auth", paramLabel = "MODE", defaultValue = "optional",
            description = "required: every page, API call and git URL needs a signed-in account (evofit users add); "
                    + "optional: accounts may sign in, but the single user on loopback need not.")
    AuthOptions.Mode auth;

    @Option(names = "--sign-in-failures", paramLabel = "N", defaultValue = "" + AuthOptions.DEFAULT_MAX_FAILURES,
            description = "Failed sign-ins in a row after which a name is locked.")
    int signInFailures;

    @Option(names = "--lockout-minutes", paramLabel = "M", defaultValue = "15",
            description = "How long a locked name stays locked.")
    long lockoutMinutes;

    @Mixin
    OidcServeOptions oidc = new OidcServeOptions();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "evofit-data",
            description = "Directory of the projects (each a git repository) and the embedded run store.")
    Path data;

    @Option(names = "--db", paramLabel = "URL",
            description = "Send fits to the cluster of this PostgreSQL run store (jdbc:postgresql://HOST[:PORT]/DB) "
                    + "instead of local slots. Credentials from EVOFIT_DB_USER / EVOFIT_DB_PASSWORD or --config.")
    String db;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with user= and password= for --db (default: ~/.config/evofit/evofit.properties).")
    Path config;

    @Option(names = "--slots", paramLabel = "N", description = "Fits run at the same time here (default: one per core). "
            + "Not with --db: there the cluster's workers fit, each with its own --slots.")
    Integer slots;

    @Option(names = "--upload-min-files", paramLabel = "N", defaultValue = "1",
            description = "Fewest files one upload must hold.")
    int uploadMinFiles;

    @Option(names = "--upload-max-files", paramLabel = "N", defaultValue = "" + UploadLimits.DEFAULT_MAX_FILES,
            description = "Most files one upload may hold (a sweep's data files come in one upload).")
    int uploadMaxFiles;

    @Option(names = "--upload-max-file-bytes", paramLabel = "BYTES", defaultValue = "" + UploadLimits.DEFAULT_MAX_FILE_BYTES,
            description = "Largest file an upload may hold; a larger one is refused (413) naming the file and the limit.")
    long uploadMaxFileBytes;

    @Option(names = "--project-max-bytes", paramLabel = "BYTES", defaultValue = "" + UploadLimits.DEFAULT_MAX_PROJECT_BYTES,
            description = "Most bytes a project's files may add up to; an upload past it is refused (413) whole.")
    long projectMaxBytes;

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_QUEUED,
            description = "Fits and sweeps that may wait for a slot; a start beyond them is refused with 429 and Retry-After.")
    int maxQueued;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "10",
            description = "How often a running fit saves its checkpoint (a killed service repeats at most this much).")
    long checkpointSeconds;

    @Option(names = "--rate-limit", paramLabel = "LIMIT=N/UNIT",
            description = "Changes one rate limit (repeatable), e.g. sign-in.address=30/minute: LIMIT is sign-in, upload, "
                    + "submission or permalink, then .user (per account) or .address (per client address); UNIT second, "
                    + "minute, hour or day. Past a limit the answer is 429 with Retry-After. Defaults: SETUP.md.")
    List<String> rateLimits = new ArrayList<>();

    @Option(names = "--quota", paramLabel = "ROLE.QUOTA=N",
            description = "Changes one quota of a role (repeatable), e.g. guest.queued-runs=3: ROLE admin, member or guest; "
                    + "QUOTA concurrent-runs, queued-runs, stored-bytes, largest-upload, evaluations-per-fit "
                    + "(generations x population) or cpu-seconds-per-day (over any 24 hours). Defaults: SETUP.md.")
    List<String> quotas = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options;
        try {
            checkData();
            options = new ServerOptions(bind, port, data, cluster(),
                    slots != null ? slots : Runtime.getRuntime().availableProcessors(),
                    new UploadLimits(uploadMinFiles, uploadMaxFiles, uploadMaxFileBytes, projectMaxBytes),
                    new RunOptions(maxQueued, java.time.Duration.ofSeconds(checkpointSeconds)),
                    new AuthOptions(auth, signInFailures, java.time.Duration.ofMinutes(lockoutMinutes),
                            oidc.resolve(System.getenv())),
                    Limits.of(rateLimits, quotas));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        EvofitServer server;
        try {
            server = Service.start(options);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "evofit-serve-shutdown"));
        out().println("evofit serve: " + server.url() + " (data in " + data.toAbsolutePath().normalize() + ")");
        out().flush();
        server.awaitStop();
        return 0;
    }

    private void checkData() {
        if (data.toString().isBlank()) {
            throw new BadInputException("--data must name a directory (it was empty)");
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new BadInputException(data + ": --data must be a directory, but a file of that name exists");
        }
    }

    private DbConfig cluster() {
        if (db == null) {
            if (config != null) {
                throw new BadInputException("--config names the credentials of --db; give --db too");
            }
            return null;
        }
        if (slots != null) {
            throw new BadInputException("--slots: with --db the cluster's workers fit (each with its own --slots), "
                    + "not this process; leave --slots out");
        }
        DbConfig resolved = DbOptions.resolve(db, config);
        if (!resolved.isPostgres()) {
            throw new BadInputException("--db " + db + ": serve sends fits to a PostgreSQL cluster; leave --db out for "
                    + "the embedded run store under --data");
        }
        return resolved;
    }
}
