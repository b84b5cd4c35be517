package org.evofit.cli;

import java.nio.file.Path;
import java.util.Set;
import org.evofit.wrapper.provenance.Version;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code evofit} command. Each verb is a small class that parses its options and delegates to
 * the wrapper API, so the command line and the Java API cannot disagree.
 *
 * <p>Exit codes: 0 success, 2 bad input (usage, model file, data file), 1 anything else.
 */
@Command(name = "evofit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Differential-evolution fitting of reflectivity and curve models.")
public final class Main implements Runnable {

    /** Exit code of bad input: usage errors, model files, data files. */
    public static final int BAD_INPUT = 2;
    /** Exit code of every other failure. */
    public static final int FAILURE = 1;

    /**
     * The verbs that fit, sample or simulate a model file here and open no run store, so load no JDBC driver (the
     * only library that logs through java.util.logging): they start without the bridge, whose set-up (JUL's log
     * manager, its configuration file and the first lambda) took ~50 ms of a short fit's start at load 8. The
     * launcher's start-up verbs, and help, which only prints.
     */
    private static final Set<String> STORELESS_VERBS = Set.of("fit", "sample", "simulate", "help");

    static {
        // picocli's default factory otherwise looks for Groovy's Closure class (to run closures given in annotations,
        // which evofit has none of) when it is first used: a class the archive cannot answer, so the class path's
        // jar was opened and its central directory of ~19,600 entries read for it (16-18 ms here), as --help did for
        // nothing else but JUL's set-up (see opensStore). picocli's documented switch; a value set on the command
        // line stays.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: choose one of fit, sample, loop, simulate, bench, import-genx, data, report, worker, submit, status, results, cancel, schedule, prune, serve, users");
    }

    /** Runs the command with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command in this process and returns its exit code (used by tests too). */
    public static int execute(String... args) {
        if (opensStore(args)) {
            bridgeJavaUtilLogging();
        }
        return commandLine(args).execute(args);
    }

    /**
     * Whether {@code args} may open a run store: not without a verb (the top-level help, the version, the missing
     * command's error), whose JUL set-up was also the only reason {@code --help} read the jar's directory (its
     * ServiceLoader), nor for the storeless verbs.
     */
    private static boolean opensStore(String... args) {
        return args.length > 0 && !args[0].startsWith("-") && !STORELESS_VERBS.contains(args[0]);
    }

    /**
     * Sends java.util.logging records (the PostgreSQL driver's) to the command's log, so they get its
     * levels, the run's id and masking instead of JUL's console format; LogConfiguration's
     * LevelChangePropagator keeps JUL from building records the log would drop. Installed once.
     */
    static synchronized void bridgeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** The configured picocli command line with every verb fully built (each verb's options and help). */
    static CommandLine commandLine() {
        return configured(Verbs.full(new CommandLine(new Main())));
    }

    /**
     * The command line for {@code args}: only the verb they name is built in full, the others as names and
     * descriptions for the top-level help (see {@link Verbs#forArgs}), which keeps start-up short.
     */
    static CommandLine commandLine(String... args) {
        return configured(Verbs.forArgs(new CommandLine(new Main()), args));
    }

    /** Settings for the whole hierarchy: picocli applies them to the subcommands present, so the verbs come first. */
    private static CommandLine configured(CommandLine commandLine) {
        return commandLine
                .registerConverter(Path.class, new PathConverter())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * Every file or directory option and parameter: an empty (or blank) one is a usage error (exit 2),
     * never the current directory ({@code --out ''} would write a run into wherever evofit was started).
     */
    static Path path(String value) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path; expected a file or directory name");
        }
        return Path.of(value);
    }

    /**
     * {@link #path} as picocli's converter: a class, not a method reference, because a lambda of picocli's (Java 5)
     * interface is linked when the launcher's class-data-sharing archive is dumped, which leaves the interface and
     * picocli's 30 built-in converters out of the archive: every command then loaded and verified them from the jar.
     */
    static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return path(value);
        }
    }

    /** Reports the build's version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"evofit " + Version.current(),
                    "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
        }
    }
}
