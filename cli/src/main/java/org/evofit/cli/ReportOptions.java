package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.evofit.report.Reports;
import org.evofit.report.ResultsArchive;
import picocli.CommandLine.Option;

/** What fit and loop do with finished results besides writing them: a report, an archive commit. */
final class ReportOptions {

    @Option(names = "--report", description = "Also write DIR/report.pdf and DIR/charts/ (as evofit report DIR).")
    boolean report;

    @Option(names = "--archive", paramLabel = "REPO",
            description = "Commit each finished run's files into the git repository REPO (created if missing); "
                    + "a run whose files did not change adds no commit.")
    Path archive;

    /** Writes the report of {@code dir} if asked for. */
    void report(Path dir, PrintWriter out) {
        if (report) {
            out.println("report written to " + Reports.write(dir).pdf());
        }
    }

    /** Commits the run in {@code runDir} to the archive, if one was named, under {@code folder}. */
    void archive(Path runDir, String folder, PrintWriter out) {
        if (archive != null) {
            Optional<String> commit = new ResultsArchive(archive).commit(runDir, folder);
            out.println(commit.map(c -> "archived " + folder + " in " + archive + " as " + c.substring(0, 12))
                    .orElse("archive " + archive + ": " + folder + " unchanged, nothing committed"));
        }
    }

    /** The archive folder of a directory: its own name. */
    static String folderOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "run" : name.toString();
    }
}
