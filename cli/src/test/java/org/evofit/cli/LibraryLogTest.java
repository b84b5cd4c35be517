package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.evofit.looper.LogContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The executable's logging (cli's LogConfiguration): library warnings reach stderr with the run's id, secrets masked. */
class LibraryLogTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void captureStderr() {
        stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    private List<String> lines() {
        return Arrays.asList(captured.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void aFlywayWarningDuringARunReachesStderrWithTheRunAndSweepIds(@TempDir Path dir) {
        try (LogContext sweep = LogContext.of("sweep-7", "run-outer"); LogContext run = LogContext.run("run-42")) {
            // A real Flyway warning: migrating with no migration in the location given.
            Flyway.configure().dataSource("jdbc:sqlite:" + dir.resolve("empty.db"), null, null)
                    .locations("classpath:no/such/migrations").load().migrate();
        }
        LoggerFactory.getLogger(LibraryLogTest.class).warn("after the run");

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains(" WARN ").contains("run=run-42 sweep=sweep-7 org.flywaydb."));
        // Closing the contexts restored the thread's: no run, no sweep.
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("WARN  run=- sweep=- ").endsWith("after the run"));
    }

    @Test
    void infoIsNotShownByDefaultAndPasswordsAreMasked() {
        var log = LoggerFactory.getLogger("org.quartz.test");
        log.info("an info line");
        log.error("cannot connect to jdbc:postgresql://evofit:Secret1@db:5432/evofit?sslpassword=Secret2&x=1",
                new IllegalStateException("password=Secret3"));

        LoggerFactory.getLogger("org.eclipse.jetty.server.Server").info("jetty started");
        log.warn("the next line");

        String out = captured.toString(StandardCharsets.UTF_8);
        // Each record starts its own line with the time (the stack trace's end included), and the exception is
        // printed once, masked: the pattern's parts, not their names.
        assertThat(out).doesNotContain("%").doesNotContain("jetty started")
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\dT.* WARN  run=- sweep=- org.quartz.test: the next line$");
        assertThat(out.split("IllegalStateException", -1)).hasSize(2);
        assertThat(out).doesNotContain("an info line").contains("ERROR run=- sweep=- org.quartz.test: cannot connect")
                .contains("IllegalStateException").doesNotContain("Secret1").doesNotContain("Secret2")
                .doesNotContain("Secret3");
    }

    @Test
    void thePostgresDriversJavaUtilLoggingRecordsReachTheLogWithTheRunIdAndMaskedPasswords() throws Exception {
        // The start of a verb that may open a store installs the bridge (not --version's: no verb, no driver).
        Main.execute("status", "--help");

        try (LogContext run = LogContext.of("sweep-pg", "run-pg")) {
            // A real driver warning through java.util.logging: a URL with no '/' after host:port is refused.
            assertThatThrownBy(() -> new org.postgresql.Driver().connect("jdbc:postgresql://evofit:Secret4@127.0.0.1:5432",
                    new java.util.Properties())).hasMessageContaining("Unable to parse URL");
        }

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains(" WARN  run=run-pg sweep=sweep-pg org.postgresql.Driver: JDBC URL must contain a / "));
        assertThat(captured.toString(StandardCharsets.UTF_8)).as(captured.toString(StandardCharsets.UTF_8))
                .doesNotContain("Secret4");
    }

    @Test
    void theLogConfigurationLoadsWithoutAWordOfItsOwn(@TempDir Path dir) throws Exception {
        // Logback prints its own status lines only when its configuration has a warning or an error;
        // opening a store starts the connection pool, whose logger loads the configuration.
        Path notAStore = java.nio.file.Files.createFile(dir.resolve("empty.db"));
        Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "status", "--db", "jdbc:sqlite:" + notAStore)
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(Main.BAD_INPUT);
        assertThat(printed).startsWith("evofit: ").contains("holds no evofit run store").doesNotContain("logback")
                .doesNotContain("|-");
    }
}
