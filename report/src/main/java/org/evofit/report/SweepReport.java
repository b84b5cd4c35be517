package org.evofit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.Estimate;
import org.evofit.wrapper.results.TrendRow;

/**
 * The report of a sweep: the summary table (one row per run, a failed run's with its error) and a table of every
 * fitted value, the parameter-trend charts and the figure of merit per run, then one page per finished run.
 */
final class SweepReport {

    /** Fitted parameters per table, so that a table fits the page's width. */
    private static final int PARAMETERS_PER_TABLE = 4;

    private SweepReport() {
    }

    /** The sweep's charts: one trend per fitted parameter, then the figure of merit per run. */
    static List<RunReport.Named> charts(SweepData sweep) {
        List<RunReport.Named> out = new ArrayList<>();
        List<SweepData.Run> done = sweep.finished();
        double[] x = new double[done.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = sweep.position(done.get(i));
        }
        for (Map.Entry<String, String> p : sweep.fittedParameters().entrySet()) {
            double[] v = new double[x.length];
            double[] e = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                ParameterRow row = find(done.get(i).result(), p.getKey());
                v[i] = row == null ? Double.NaN : row.value();
                e[i] = row == null ? Double.NaN : row.error();
            }
            out.add(new RunReport.Named("trend-" + safe(p.getKey()), Charts.trend(x, v, e, sweep.positionLabel(),
                    Axes.label(p.getKey(), p.getValue()), false, p.getKey())));
        }
        double[] fom = new double[x.length];
        String fomName = done.isEmpty() ? "" : done.get(0).result().fomName();
        for (int i = 0; i < x.length; i++) {
            fom[i] = done.get(i).result().fom();
        }
        double[] none = new double[x.length];
        java.util.Arrays.fill(none, Double.NaN);
        out.add(new RunReport.Named("fom", Charts.trend(x, fom, none, sweep.positionLabel(),
                "FOM (" + fomName + ")", true, "Figure of merit per run")));
        return out;
    }

    /** The report of {@code sweep}, whose directory it calls {@code dirName}. */
    static void write(PdfBuilder pdf, SweepData sweep, String dirName, Instant made, List<RunReport.Named> charts) {
        pdf.title("evofit sweep report: " + sweep.dir().toAbsolutePath().normalize().getFileName());
        pdf.paragraph("Sweep directory: " + dirName);
        long ok = sweep.runs().stream().filter(r -> r.status().equals("ok")).count();
        long failed = sweep.runs().stream().filter(r -> r.status().equals("failed")).count();
        pdf.paragraph("Report made " + Dates.format(made) + ". " + sweep.runs().size() + " runs: " + ok
                + " finished, " + failed + " failed, " + (sweep.runs().size() - ok - failed) + " not run.");
        summary(pdf, sweep);
        values(pdf, sweep);
        pdf.newPage();
        pdf.heading("Trends");
        for (RunReport.Named c : charts) {
            pdf.chart(c.chart(), 0.7f);
        }
        for (SweepData.Run r : sweep.finished()) {
            pdf.newPage();
            String heading = "Run " + r.id() + (Double.isFinite(r.sequence())
                    ? " (" + sweep.sequenceText(r) + ")" : "");
            RunReport.page(pdf, r.result(), heading);
        }
    }

    private static void summary(PdfBuilder pdf, SweepData sweep) {
        pdf.heading("Summary");
        boolean seq = sweep.isSequence();
        List<List<String>> rows = new ArrayList<>();
        for (SweepData.Run r : sweep.runs()) {
            List<String> row = new ArrayList<>(List.of(r.id()));
            if (seq) {
                row.add(Numbers.value(r.sequence()));
            }
            row.add(RunReport.fileName(r.data()));
            row.add(r.status());
            // A failed run's row says why, as its page does.
            row.add(r.result() != null ? r.result().fomName() + " = " + Numbers.value(r.result().fom())
                    : r.error() != null ? r.error() : "—");
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("run"));
        if (seq) {
            header.add(sweep.sequenceColumn());
        }
        header.addAll(List.of("data", "status", "figure of merit or error"));
        float[] widths = seq ? new float[] {1.6f, 0.9f, 2f, 0.7f, 1.6f} : new float[] {1.6f, 2.2f, 0.7f, 1.6f};
        pdf.table(header, widths, rows);
    }

    /** The fitted values with their standard errors, a few parameters per table. */
    private static void values(PdfBuilder pdf, SweepData sweep) {
        List<String> names = new ArrayList<>(sweep.fittedParameters().keySet());
        if (names.isEmpty()) {
            return;
        }
        pdf.heading("Fitted values (± standard error)");
        for (int from = 0; from < names.size(); from += PARAMETERS_PER_TABLE) {
            List<String> part = names.subList(from, Math.min(names.size(), from + PARAMETERS_PER_TABLE));
            List<String> header = new ArrayList<>(List.of("run"));
            part.forEach(n -> header.add(Axes.label(n, sweep.fittedParameters().get(n))));
            List<List<String>> rows = new ArrayList<>();
            for (SweepData.Run r : sweep.finished()) {
                List<String> row = new ArrayList<>(List.of(r.id()));
                for (String n : part) {
                    ParameterRow p = find(r.result(), n);
                    row.add(p == null ? "—" : Numbers.value(p.value()) + " ± " + Numbers.error(p.error()));
                }
                rows.add(row);
            }
            float[] widths = new float[part.size() + 1];
            java.util.Arrays.fill(widths, 1f);
            widths[0] = 1.4f;
            pdf.table(header, widths, rows);
        }
    }

    private static ParameterRow find(RunData run, String name) {
        return run.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The data behind the trend charts ({@link TrendRow}), one row per run of the plan, with empty fields
     * where a run has no value.
     */
    static String trendsCsv(SweepData sweep) {
        Map<String, String> names = sweep.fittedParameters();
        List<TrendRow> rows = new ArrayList<>();
        for (SweepData.Run r : sweep.runs()) {
            List<Estimate> estimates = new ArrayList<>();
            for (String name : names.keySet()) {
                ParameterRow p = r.result() == null ? null : find(r.result(), name);
                estimates.add(p == null ? Estimate.NONE : new Estimate(p.value(), p.error()));
            }
            rows.add(new TrendRow(r.id(), sweep.position(r), r.status(), r.result() == null ? null : r.result().fom(),
                    estimates));
        }
        List<TrendRow.Parameter> columns = names.entrySet().stream()
                .map(e -> new TrendRow.Parameter(e.getKey(), e.getValue())).toList();
        return TrendRow.format(new TrendRow.Table(sweep.isSequence() ? sweep.sequenceColumn() : "index", columns,
                rows));
    }

    /** A parameter name as part of a file name. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
