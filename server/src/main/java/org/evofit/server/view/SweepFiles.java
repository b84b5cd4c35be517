package org.evofit.server.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evofit.looper.Looper;
import org.evofit.report.Reports;

/**
 * The files of a sweep directory the service offers at the sweep level: the plan, the summary, the
 * report with its charts and trend table. The run store and checkpoints stay the service's, and the
 * runs' own files are offered per run.
 */
final class SweepFiles {

    private SweepFiles() {
    }

    /** Whether {@code name} (as listed) is offered. */
    static boolean offered(String name) {
        return switch (name) {
            case Looper.SWEEP_JSON, Looper.SUMMARY_CSV, Reports.TRENDS_CSV, Reports.REPORT_PDF -> true;
            default -> madeByReport(name);
        };
    }

    /** Whether {@code name} is one of the files the sweep's report writes. */
    static boolean madeByReport(String name) {
        return name.equals(Reports.REPORT_PDF) || name.equals(Reports.TRENDS_CSV)
                || name.startsWith(Reports.CHARTS + "/");
    }

    /**
     * The offered files present in {@code dir}, by listed name: its own files and charts/, never a walk
     * through the runs' folders (a sweep may hold thousands).
     */
    static List<String> names(Path dir) {
        return Listing.files(dir, 2).stream().filter(SweepFiles::offered).toList();
    }

    /** The file of {@code dir} offered as {@code name}, if it is there. */
    static Optional<Path> file(Path dir, String name) {
        return offered(name) && names(dir).contains(name) ? Optional.of(dir.resolve(name))
                : Optional.empty();
    }
}
