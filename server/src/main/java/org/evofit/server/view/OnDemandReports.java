package org.evofit.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.evofit.looper.Looper;
import org.evofit.report.ReportInputException;
import org.evofit.report.Reports;
import org.evofit.report.RunData;
import org.evofit.report.SweepData;
import org.evofit.server.ServiceException;

/**
 * Reports and charts made when first asked for: the report module writes {@code report.pdf} and
 * {@code charts/} into the directory all or nothing, so a download never sees half a report. One report
 * is made at a time (they are rare and take a second or two), so two requests never write the same one.
 */
final class OnDemandReports {

    private static final Object ONE_AT_A_TIME = new Object();

    private OnDemandReports() {
    }

    /**
     * Writes the report of the finished run in {@code runDir} unless it has one; the report calls the run's
     * directory {@code shownAs} (where its project keeps it), not by its path on the server.
     */
    static void ofRun(Path runDir, String shownAs) {
        synchronized (ONE_AT_A_TIME) {
            if (RunData.isRun(runDir) && !Files.isRegularFile(runDir.resolve(Reports.REPORT_PDF))) {
                write(runDir, shownAs);
            }
        }
    }

    /**
     * Writes the report of the sweep in {@code sweepDir} unless it has one made after its summary (a
     * report made while the sweep ran is made again once the sweep has ended); it calls the directory {@code shownAs}.
     */
    static void ofSweep(Path sweepDir, String shownAs) {
        synchronized (ONE_AT_A_TIME) {
            if (SweepData.isSweep(sweepDir) && stale(sweepDir.resolve(Reports.REPORT_PDF),
                    sweepDir.resolve(Looper.SUMMARY_CSV))) {
                write(sweepDir, shownAs);
            }
        }
    }

    private static boolean stale(Path report, Path summary) {
        try {
            return !Files.isRegularFile(report) || Files.isRegularFile(summary)
                    && Files.getLastModifiedTime(report).compareTo(Files.getLastModifiedTime(summary)) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the times of " + report + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path dir, String shownAs) {
        try {
            Reports.write(dir, shownAs, Clock.systemUTC());
        } catch (ReportInputException e) {
            throw new ServiceException(500, "the report cannot be made: " + Unreadable.text("the files it is made of", e));
        }
    }
}
