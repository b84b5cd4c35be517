package org.evofit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The log of the evofit command, workers included, set up in code (found by Logback through
 * META-INF/services) rather than from an XML file, whose parser and configuration model cost a short command
 * about a thousand classes. What the libraries (Quartz, Flyway, HikariCP, JGit, jhdf) report at WARN and above
 * goes to stderr, one line each, with the run (and sweep) a thread was working on as the correlation id
 * (LogContext's MDC keys; "-" outside a run). {@value #LEVEL_VARIABLE} (a system property or environment
 * variable: INFO, DEBUG, ...) shows more. Passwords in a message or a stack trace (password=..., user:secret@ in a
 * URL) are masked by {@link MaskedConverter} (dispatch's Secrets). The PostgreSQL driver logs through
 * java.util.logging: Main bridges it here (jul-to-slf4j), and the {@link LevelChangePropagator} sets JUL's
 * levels from these, so the driver builds no record that would be dropped.
 *
 * <p>A file named by {@code -Dlogback.configurationFile} still wins: this configuration then steps aside.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The variable (system property, else environment) holding the root level; WARN when unset. */
    static final String LEVEL_VARIABLE = "EVOFIT_LOG_LEVEL";

    /** Each record's line: time (UTC), level, run and sweep, logger, then the masked message and stack trace. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level run=%X{run:--} sweep=%X{sweep:--} "
            + "%logger: %nopex%masked(%msg%n%ex)";

    /** Logback's property naming a configuration file. */
    private static final String CONFIGURATION_FILE = "logback.configurationFile";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(CONFIGURATION_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        context.addListener(julLevels);
        julLevels.start();

        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("masked", MaskedConverter::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        // Jetty's DEBUG lines dump the bytes of each request (a sign-in form's password, a Bearer token): whatever
        // the level asked, evofit serve's HTTP stack logs warnings and errors only (LogSecretsTest). A level below
        // the root's would add Jetty's start-up lines to every serve's stderr.
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getProperty(LEVEL_VARIABLE), System.getenv(LEVEL_VARIABLE)));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The root level: the system property's, else the environment's, else WARN; a name Logback does not know is
     * DEBUG, as in a configuration file.
     */
    static Level rootLevel(String property, String environment) {
        String name = property != null ? property : environment;
        return name == null ? Level.WARN : Level.toLevel(name.trim(), Level.DEBUG);
    }
}
