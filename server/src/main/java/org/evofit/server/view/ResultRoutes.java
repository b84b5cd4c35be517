package org.evofit.server.view;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import org.evofit.report.Reports;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.project.ResultFolder;

/**
 * The download routes of runs and sweeps:
 * <ul>
 *   <li>{@code GET /api/runs/{id}/files/{name}} and {@code /api/runs/{id}/zip}: a fit's files and its run
 *       directory as a zip;
 *   <li>{@code GET /api/sweeps/{id}/runs/{runId}/files/{name}} and {@code .../zip}: the same for a run of a
 *       sweep;
 *   <li>{@code GET /api/sweeps/{id}/report.pdf} and {@code /api/sweeps/{id}/files/{name}}: the sweep's
 *       report, plan, summary and trend charts.
 * </ul>
 * A run's {@code report.pdf} and {@code charts/} (PNG and SVG), and a sweep's report, are made on the
 * first request for them. A name ({@code charts/fit.png}) is served only when the directory's listing
 * holds it: anything else, a path leading elsewhere included, is 404.
 */
public final class ResultRoutes implements ServerFeature {

    private final RunDirectories directories;

    /** Routes over the submissions {@code directories} finds. */
    public ResultRoutes(RunDirectories directories) {
        this.directories = directories;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get("/api/runs/{id}/files/<name>", ctx -> runFile(ctx, fit(ctx), ResultFolder.of(ctx.pathParam("id"), null)));
        config.routes.get("/api/runs/{id}/zip", ctx -> zip(ctx, fit(ctx)));
        config.routes.get("/api/sweeps/{id}/runs/{runId}/files/<name>", ctx -> runFile(ctx, sweepRun(ctx),
                ResultFolder.of(ctx.pathParam("id"), ctx.pathParam("runId"))));
        config.routes.get("/api/sweeps/{id}/runs/{runId}/zip", ctx -> zip(ctx, sweepRun(ctx)));
        config.routes.get("/api/sweeps/{id}/report.pdf", ctx -> sweepFile(ctx, Reports.REPORT_PDF));
        config.routes.get("/api/sweeps/{id}/files/<name>", ctx -> sweepFile(ctx, ctx.pathParam("name")));
    }

    private Path fit(Context ctx) {
        return Submission.find(directories, ctx.pathParam("id")).onlyRun();
    }

    private Path sweepRun(Context ctx) {
        return Submission.find(directories, ctx.pathParam("id")).run(ctx.pathParam("runId"));
    }

    /** Sends a file of the run in {@code runDir}, which its report calls {@code shownAs}. */
    private static void runFile(Context ctx, Path runDir, String shownAs) {
        String name = ctx.pathParam("name");
        if (Listing.file(runDir, name).isEmpty() && madeByReport(name)) {
            OnDemandReports.ofRun(runDir, shownAs);
        }
        Path file = Listing.file(runDir, name)
                .orElseThrow(() -> ServiceException.notFound("run " + runDir.getFileName() + " has no file " + name));
        Downloads.send(ctx, file, name);
    }

    private static boolean madeByReport(String name) {
        return name.equals(Reports.REPORT_PDF) || name.startsWith(Reports.CHARTS + "/");
    }

    private static void zip(Context ctx, Path runDir) {
        Downloads.zip(ctx, runDir, runDir.getFileName().toString());
    }

    private void sweepFile(Context ctx, String name) {
        Submission sweep = Submission.find(directories, ctx.pathParam("id"));
        if (!SweepFiles.offered(name)) {
            throw ServiceException.notFound("sweep " + sweep.id() + " offers no file " + name);
        }
        if (SweepFiles.madeByReport(name)) {
            OnDemandReports.ofSweep(sweep.dir(), ResultFolder.of(sweep.id(), null));
        }
        Path file = SweepFiles.file(sweep.dir(), name)
                .orElseThrow(() -> ServiceException.notFound("sweep " + sweep.id() + " has no file " + name));
        Downloads.send(ctx, file, name);
    }
}
