package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evofit.looper.Looper;
import org.evofit.looper.SweepDirectory;
import org.evofit.report.Reports;
import org.evofit.report.ResultsArchive;
import org.evofit.wrapper.results.SweepJson;
import picocli.CommandLine.Option;

/** What fit and loop do with finished results besides writing them: a report, an archive commit. */
final class ReportOptions {

    @Option(names = "--report", description = "Also write DIR/report.pdf and DIR/charts/ (as evofit report DIR).")
    boolean report;

    @Option(names = "--archive", paramLabel = "REPO",
            description = "Commit each finished run's files into the git repository REPO (created if missing); "
                    + "a run whose files did not change adds no commit.")
    Path archive;

    /**
     * Checks where the results will go before anything runs, so a mistake there costs no fit: the
     * {@code --out} directory and the archive, if one was named.
     */
    void checkDestinations(Path out) {
        OutDirectory.check(out);
        checkArchive();
    }

    private void checkArchive() {
        if (archive != null) {
            new ResultsArchive(archive).check();
        }
    }

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

    /**
     * Commits every finished run of the sweep in {@code out} (a run of its sweep.json with a result) to the
     * archive, if one was named, under {@code <out name>/<id>}; an unchanged run adds no commit.
     */
    void archiveDoneRuns(Path out, PrintWriter stdout) {
        Path plan = out.resolve(Looper.SWEEP_JSON);
        if (archive == null || !Files.isRegularFile(plan)) {
            return;
        }
        // The plan's runs only: runs/ may still hold runs of another sweep written into this --out before.
        SweepDirectory runs = new SweepDirectory(out);
        for (String id : SweepJson.read(plan).runs().stream().map(SweepJson.Run::id).sorted().distinct().toList()) {
            if (runs.isDone(id)) {
                archive(runs.dir(id), folderOf(out) + "/" + id, stdout);
            }
        }
    }

    /** The archive folder of a directory: its own name. */
    static String folderOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "run" : name.toString();
    }
}
