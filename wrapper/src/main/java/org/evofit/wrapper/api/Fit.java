package org.evofit.wrapper.api;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.run.FitRun;
import org.evofit.wrapper.sample.SampleRun;
import org.evofit.wrapper.sample.Sampling;

/** A finished fit: its figure of merit, parameters, curves, and the files {@code evofit fit} writes. */
public final class Fit {

    private final Model model;
    private final FitRun run;
    private final FitResult result;

    Fit(Model model, FitRun run) {
        this.model = model;
        this.run = run;
        this.result = run.result();
    }

    /** The model that was fitted. */
    public Model model() {
        return model;
    }

    /** The full result (history, counts, timing, stop reason). */
    public FitResult result() {
        return result;
    }

    /**
     * The data sets with points the figure of merit could not use (a NaN reflectivity, say), left out
     * of this fit; empty when every point took part.
     */
    public List<DataWarning> dataWarnings() {
        return run.dataWarnings();
    }

    /** How many data points, over all data sets, were left out of this fit. */
    public int excludedPoints() {
        return run.excludedPoints();
    }

    /** The figure of merit at the best values. */
    public double fom() {
        return result.fom();
    }

    /** Every parameter with its final value and error bars, in slot order. */
    public List<ParameterEstimate> parameters() {
        return result.parameters();
    }

    /**
     * The final value of one parameter.
     *
     * @throws IllegalArgumentException if there is no parameter of that name
     */
    public double value(String name) {
        return result.parameter(name).value();
    }

    /**
     * The standard error of one parameter, from the covariance at the optimum (NaN for a fixed one).
     *
     * @throws IllegalArgumentException if there is no parameter of that name
     */
    public double error(String name) {
        return result.parameter(name).error();
    }

    /**
     * GenX's error bar of one parameter: how far below and above the best value the evaluations within
     * the error-bar level of the best figure of merit reach (NaN for a fixed one).
     *
     * @return {@code {low, high}}: low ≤ 0, high ≥ 0, both relative to the fitted value
     * @throws IllegalArgumentException if there is no parameter of that name
     */
    public double[] errorBar(String name) {
        ParameterEstimate p = result.parameter(name);
        return new double[] {p.errorLow(), p.errorHigh()};
    }

    /**
     * The fitted model: the model that was fitted with every free parameter's start value set to its
     * fitted value, for simulating, fitting further or {@link Model#save saving}.
     */
    public Model fittedModel() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterEstimate p : result.parameters()) {
            if (p.fit()) {
                values.put(p.name(), p.value());
            }
        }
        return model.withValues(values);
    }

    /** The parameters as a printable table: name, value, fit, min, max, standard error. */
    public String table() {
        return ParameterTable.format(result.parameters());
    }

    /** Every data set with the simulation at the best values. */
    public List<Curve> curves() {
        return model.curves(result.values());
    }

    /**
     * Writes the files {@code evofit fit} writes (result.json, fit.csv, parameters.csv, history.csv)
     * into {@code dir}, created if needed, through the same pipeline; result.json's provenance is the
     * one recorded when the fit started.
     */
    public void write(Path dir) {
        run.write(dir);
    }

    /** The figure of merit and the fitted parameters' values, one line. */
    /**
     * Samples the posterior around this fit's optimum with {@code walkers} walkers for {@code steps}
     * steps (a quarter burnt, seeded with the fit's seed, on the fit's threads) and writes the sample
     * files into {@code dir}; {@link SampleRun#table()} is the posterior table. See {@link Sampling}.
     */
    public SampleRun sample(int walkers, int steps, Path dir) {
        double[] optimum = result.parameters().stream().filter(ParameterEstimate::fit)
                .mapToDouble(ParameterEstimate::value).toArray();
        FitSettings settings = run.model().settings();
        return Sampling.of(new SamplerSettings(walkers, steps, -1, 1, settings.de().seed()))
                .withThreads(settings.execution().threads()).run(run.model(), optimum, dir);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Fit[").append(result.fomName()).append(' ').append(result.fom());
        for (ParameterEstimate p : result.parameters()) {
            if (p.fit()) {
                sb.append(", ").append(p.name()).append('=').append(p.value());
            }
        }
        return sb.append(']').toString();
    }
}
