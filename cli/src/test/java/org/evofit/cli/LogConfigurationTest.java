package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

/** The log's set-up in code: levels, the one stderr appender, and a configuration file still winning. */
class LogConfigurationTest {

    @Test
    void aFreshContextGetsWarningsOnStderrAndJettyCappedAtWarn() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogConfiguration().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        assertThat(root.getAppender("STDERR").isStarted()).isTrue();
        context.stop();
    }

    @Test
    void theRootLevelIsThePropertysElseTheEnvironmentsElseWarn() {
        assertThat(LogConfiguration.rootLevel(null, null)).isEqualTo(Level.WARN);
        assertThat(LogConfiguration.rootLevel(null, "info")).isEqualTo(Level.INFO);
        assertThat(LogConfiguration.rootLevel("ERROR", "INFO")).isEqualTo(Level.ERROR);
        // As a configuration file reads an unknown level name.
        assertThat(LogConfiguration.rootLevel("LOUD", null)).isEqualTo(Level.DEBUG);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineIsLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new LogConfiguration().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
