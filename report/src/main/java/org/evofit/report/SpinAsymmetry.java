package org.evofit.report;

import java.util.List;
import java.util.Optional;
import org.evofit.wrapper.results.ModelJson;

/**
 * The spin asymmetry SA = (R++ − R−−)/(R++ + R−−) of a run with a {@code ++} and a {@code −−} data set
 * measured at the same points (model.json names each data set's channel): of the data, with its error from
 * the two data sets' errors, σ_SA = 2·sqrt((R−−·σ++)² + (R++·σ−−)²)/(R++ + R−−)², and of the model.
 *
 * @param x     the points' x
 * @param data  SA of the data
 * @param error its 1σ error, or {@code null} when the data have none
 * @param model SA of the model at the fitted values
 */
public record SpinAsymmetry(double[] x, double[] data, double[] error, double[] model) {

    /** The file a report writes it to, beside the charts' data. */
    public static final String CSV = "spin-asymmetry.csv";

    /**
     * The spin asymmetry of {@code run}, or empty when it has no {@code ++} and {@code −−} data sets, or they
     * were not measured at the same points.
     */
    public static Optional<SpinAsymmetry> of(RunData run) {
        CurveData up = curve(run, "++");
        CurveData down = curve(run, "--");
        if (up == null || down == null || !java.util.Arrays.equals(up.x(), down.x())) {
            return Optional.empty();
        }
        int n = up.x().length;
        double[] data = new double[n];
        double[] model = new double[n];
        boolean errors = up.hasErrors() && down.hasErrors();
        double[] error = errors ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            double p = up.y()[i];
            double m = down.y()[i];
            data[i] = (p - m) / (p + m);
            model[i] = (up.model()[i] - down.model()[i]) / (up.model()[i] + down.model()[i]);
            if (errors) {
                error[i] = 2 * Math.hypot(m * up.error()[i], p * down.error()[i]) / ((p + m) * (p + m));
            }
        }
        return Optional.of(new SpinAsymmetry(up.x().clone(), data, error, model));
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
