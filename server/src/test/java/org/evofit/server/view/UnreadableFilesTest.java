package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.server.ServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * When the server's own files of a run or sweep cannot be read, the pages and the report download say what could not
 * be read, never where the server keeps it. A file replaced by a folder of its name cannot be read even by root, as
 * these tests run.
 */
class UnreadableFilesTest {

    @TempDir
    Path data;

    /** A copy of submission {@code id} in this test's data whose first run's {@code file} is a folder. */
    private Path broken(String id, String file) throws IOException {
        Path copy = data.resolve("service/runs").resolve(id);
        ResultFixtures.copy(ResultFixtures.submission(id), copy);
        try (var runs = Files.list(copy.resolve("runs"))) {
            Path run = runs.sorted().findFirst().orElseThrow();
            Files.delete(run.resolve(file));
            Files.createDirectory(run.resolve(file));
        }
        return copy;
    }

    private static Path onlyRun(Path submission) throws IOException {
        try (var runs = Files.list(submission.resolve("runs"))) {
            return runs.findFirst().orElseThrow();
        }
    }

    private void assertNamesNoServerPath(String text) {
        assertThat(text).doesNotContain(data.toString())
                .doesNotContain("service/runs");
    }

    /** {@code text} says that {@code what} cannot be read, a fault of the server's, and names no Java class. */
    private void assertSaysInPlainWords(String text, String what) {
        assertThat(text).contains(what + " cannot be read: a fault on the server, whose log has the details")
                .doesNotContain("Exception");
        assertNamesNoServerPath(text);
    }

    @Test
    void aRunWhoseResultFilesCannotBeReadSaysSoWithoutTheirPath() throws IOException {
        Path run = onlyRun(broken(ResultFixtures.PEAKS, "fit.csv"));
        String html = ResultsView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS), null);
        assertSaysInPlainWords(html, "The run&#39;s result files");
    }

    @Test
    void theWholeFailureGoesToTheServersLog() throws IOException {
        Path run = onlyRun(broken(ResultFixtures.PEAKS, "fit.csv"));
        Logger log = (Logger) LoggerFactory.getLogger(Unreadable.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try {
            ResultsView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS), null);
        } finally {
            log.detachAppender(captured);
        }
        List<ILoggingEvent> events = captured.list;
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).startsWith("The run's result files cannot be read");
            // Where the server keeps the file, and what the system said of it, are for whoever runs the server.
            assertThat(e.getThrowableProxy().getMessage()).contains(run.resolve("fit.csv").toString());
        });
    }

    @Test
    void aRunWhosePosteriorCannotBeReadSaysSoWithoutItsPath() throws IOException {
        Path run = onlyRun(broken(ResultFixtures.PEAKS, "result.json"));
        String html = PosteriorView.html(run, RunLinks.ofFit(ResultFixtures.PEAKS));
        assertSaysInPlainWords(html, "The run&#39;s posterior");
    }

    @Test
    void aSweepWhoseRunsCannotBeReadSaysSoWithoutTheirPath() throws IOException {
        Path sweep = broken(ResultFixtures.SEQUENCE, "fit.csv");
        String html = SweepView.html(sweep, ResultFixtures.SEQUENCE);
        assertSaysInPlainWords(html, "The sweep&#39;s files");
    }

    @Test
    void aFailedRunWhoseErrorCannotBeReadSaysSoInPlainWordsWithoutItsPath() throws IOException {
        Path run = Files.createDirectories(data.resolve("service/runs/00000000b1/runs/r1"));
        Files.createDirectory(run.resolve("error.txt"));
        String html = ResultsView.html(run, RunLinks.ofFit("00000000b1"), null);
        assertThat(html).contains("The run failed", "(error.txt exists but cannot be read: a folder in its place, or a "
                + "read error)");
        assertNamesNoServerPath(html);
        // The JSON API's error, from the same reader.
        assertThat(RunErrors.of(run)).hasValueSatisfying(error -> {
            assertThat(error).startsWith("(error.txt exists but cannot be read: ");
            assertNamesNoServerPath(error);
        });
    }

    @Test
    void aReportThatCannotBeMadeSaysWhyWithoutThePathOfWhatItLacks() throws IOException {
        Path run = onlyRun(broken(ResultFixtures.PEAKS, "fit.csv"));
        assertThatThrownBy(() -> OnDemandReports.ofRun(run, "results/" + ResultFixtures.PEAKS))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertSaysInPlainWords(e.getMessage(), "the report cannot be made: the files it is made of");
                });
    }
}
