package org.evofit.cli;

import java.util.Locale;
import org.evofit.core.de.GenerationReport;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.ParameterEstimate;

/** How figures a user reads are printed: one place, so progress, results and bench agree. */
final class Format {

    private Format() {
    }

    /** A figure of merit: enough digits to compare runs. */
    static String fom(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** A rate such as evaluations per second, rounded to whole units. */
    static String rate(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Seconds with a unit. */
    static String seconds(double s) {
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", (long) (s / 3600), (long) (s % 3600 / 60));
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", (long) (s / 60), (long) (s % 60));
        }
        return String.format(Locale.ROOT, "%.1fs", s);
    }

    /** One progress line. */
    static String progress(GenerationReport r) {
        double perGeneration = r.generation() > 0 ? r.elapsedSeconds() / r.generation() : 0;
        double eta = perGeneration * (r.maxGenerations() - r.generation());
        return String.format(Locale.ROOT, "generation %d/%d  best FOM %s  %s evals/s  ETA %s",
                r.generation(), r.maxGenerations(), fom(r.bestFom()), rate(r.evaluationsPerSecond()),
                seconds(eta));
    }

    /** The result summary and parameter table printed after a fit. */
    static String result(FitResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s = %s after %d generations (%,d evaluations, %s, %s evals/s)%n",
                r.fomName(), fom(r.fom()), r.generations(), r.evaluations(), seconds(r.seconds()),
                rate(r.evaluationsPerSecond())));
        if (!Double.isNaN(r.chi2())) {
            sb.append("reduced chi2 = ").append(fom(r.chi2())).append(System.lineSeparator());
        }
        int width = 4;
        for (ParameterEstimate p : r.parameters()) {
            width = Math.max(width, p.name().length());
        }
        sb.append(String.format(Locale.ROOT, "%-" + width + "s  %14s  %12s  %12s  %12s%n",
                "name", "value", "std error", "low", "high"));
        for (ParameterEstimate p : r.parameters()) {
            if (p.fit()) {
                // A value the bound holds has no standard error: say why instead of printing NaN bare.
                String bound = p.bound().atBound() ? "  at " + p.bound().label() + " bound" : "";
                sb.append(String.format(Locale.ROOT, "%-" + width + "s  %14.7g  %12.4g  %12.4g  %12.4g%s%n",
                        p.name(), p.value(), p.error(), p.errorLow(), p.errorHigh(), bound));
            } else {
                sb.append(String.format(Locale.ROOT, "%-" + width + "s  %14.7g  %12s%n", p.name(),
                        p.value(), "(fixed)"));
            }
        }
        return sb.toString();
    }
}
