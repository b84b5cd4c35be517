package org.evofit.report;

import java.util.List;
import java.util.Optional;
import org.evofit.wrapper.results.ModelJson;

/**
 * The spin asymmetry SA = (R++ − R−−)/(R++ + R−−) of a run with a {@code ++} and a {@code −−} data set
 * (model.json names each data set's channel), at the {@code ++} data's points: of the data, with its error
 * from the two channels' errors, σ_SA = 2·sqrt((R−−·σ++)² + (R++·σ−−)²)/(R++ + R−−)², and of the model.
 * Measured channels rarely share their points, so where the {@code −−} data have no point at a {@code ++}
 * point, its data and its model are read between their neighbours linearly in ln R, the error propagated
 * ({@link LogInterpolation}); {@code ++} points outside the {@code −−} data's x range are left out, and
 * counted.
 *
 * @param x            the points' x
 * @param data         SA of the data
 * @param error        its 1σ error, or {@code null} when the data have none
 * @param model        SA of the model at the fitted values
 * @param interpolated whether the {@code −−} channel was read between its points at any of them
 * @param leftOut      the {@code ++} points outside the {@code −−} data's x range, which have no SA
 */
public record SpinAsymmetry(double[] x, double[] data, double[] error, double[] model, boolean interpolated,
                            int leftOut) {

    /** The file a report writes it to, beside the charts' data. */
    public static final String CSV = "spin-asymmetry.csv";

    /** The spin asymmetry of {@code run}, or empty when it has no {@code ++} and {@code −−} data sets. */
    public static Optional<SpinAsymmetry> of(RunData run) {
        CurveData up = curve(run, "++");
        CurveData down = curve(run, "--");
        return up == null || down == null ? Optional.empty() : of(up, down);
    }

    /**
     * The spin asymmetry of {@code up} (R++) and {@code down} (R−−) at {@code up}'s points, or empty when no
     * point of {@code up} lies within {@code down}'s x range.
     */
    static Optional<SpinAsymmetry> of(CurveData up, CurveData down) {
        boolean errors = up.hasErrors() && down.hasErrors();
        LogInterpolation minus = new LogInterpolation(down.x(), down.y(), errors ? down.error() : null);
        LogInterpolation minusModel = new LogInterpolation(down.x(), down.model(), null);
        int[] inside = java.util.stream.IntStream.range(0, up.x().length).filter(i -> minus.covers(up.x()[i]))
                .toArray();
        if (inside.length == 0) {
            return Optional.empty();
        }
        int n = inside.length;
        double[] x = new double[n];
        double[] data = new double[n];
        double[] model = new double[n];
        double[] error = errors ? new double[n] : null;
        boolean interpolated = false;
        for (int k = 0; k < n; k++) {
            int i = inside[k];
            x[k] = up.x()[i];
            double p = up.y()[i];
            LogInterpolation.Reading reading = minus.at(x[k]);
            double m = reading.value();
            interpolated |= !minus.hasPoint(x[k]);
            data[k] = (p - m) / (p + m);
            double mp = up.model()[i];
            double mm = minusModel.at(x[k]).value();
            model[k] = (mp - mm) / (mp + mm);
            if (errors) {
                error[k] = 2 * Math.hypot(m * up.error()[i], p * reading.error()) / ((p + m) * (p + m));
            }
        }
        return Optional.of(new SpinAsymmetry(x, data, error, model, interpolated, up.x().length - n));
    }

    private static CurveData curve(RunData run, String channel) {
        List<ModelJson.DataSetEntry> sets = run.dataSets();
        for (ModelJson.DataSetEntry e : sets) {
            if (channel.equals(e.channel())) {
                return run.curves().stream().filter(c -> c.name().equals(e.name())).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** What the chart's data points are, for its legend. */
    public String dataLabel() {
        return interpolated ? "data (R−− read at the R++ points, interpolated in ln R)" : "data";
    }

    /** What the chart's line is, for its legend. */
    public String modelLabel() {
        return interpolated ? "model (R−− interpolated likewise)" : "model";
    }

    /** The sentence under the chart when points are left out, else empty. */
    public Optional<String> note() {
        if (leftOut == 0) {
            return Optional.empty();
        }
        return Optional.of("The spin asymmetry leaves out " + leftOut + " of " + (x.length + leftOut)
                + " R++ points, which lie outside the x range of the R−− data.");
    }

    /** The CSV text: {@code x,data,error,model}, the error empty when the data have none. */
    public String csv() {
        StringBuilder sb = new StringBuilder("x,data,error,model\n");
        for (int i = 0; i < x.length; i++) {
            sb.append(number(x[i])).append(',').append(number(data[i])).append(',')
                    .append(error == null ? "" : number(error[i])).append(',').append(number(model[i])).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        return org.evofit.wrapper.results.ResultCsv.number(v);
    }
}
