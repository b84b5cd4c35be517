package org.evofit.wrapper.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.fit.ErrorBasis;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.results.FitRow;
import org.evofit.wrapper.results.HistoryRow;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultJson;
import org.evofit.wrapper.results.SldRow;

/**
 * Writes the files of a finished fit into a directory, all or nothing:
 * <ul>
 *   <li>{@code result.json}: figure of merit, settings, counts, timing, provenance and the parameter
 *       table;
 *   <li>{@code fit.csv}: {@code dataset,x,y,error,model,residual} for every point of every data set,
 *       residual = y − model; a reflectivity model's x column carries its unit, {@code x (deg)} or
 *       {@code x (1/Å)};
 *   <li>{@code parameters.csv}: {@code name,value,fit,min,max,error,errorLow,errorHigh,unit};
 *   <li>{@code history.csv}: {@code generation,bestFom};
 *   <li>{@code model.json}: what a report needs of the model (see {@link ModelSummary});
 *   <li>{@code sld.csv}: a reflectivity model's SLD profile at the fitted values,
 *       {@code z (Å),sld (1e-6/Å²),isld (1e-6/Å²)}, for polarised neutrons with
 *       {@code rhoM (1e-6/Å²),thetaM (deg)} after them ({@link SldRow}); a joint model of several samples
 *       writes {@code sld-<sample>.csv} for each sample instead;
 *   <li>{@code fit.ort} (or {@code <stem>.fit.ort} per file) when data came from ORSO .ort files.
 * </ul>
 * The directory then holds this run's files only: an earlier run's files in it (another model's
 * {@code sld.csv}, its {@code report.pdf} and {@code charts/}) are removed in the same commit, and
 * {@code result.json} is renamed in last, so a directory with a result.json holds one whole run.
 * Other files a user keeps there are left alone.
 */
public final class ResultFiles {

    /** File names inside a run directory. */
    public static final String RESULT_JSON = "result.json";
    /** Curve of data and model. */
    public static final String FIT_CSV = "fit.csv";
    /** Parameter table. */
    public static final String PARAMETERS_CSV = "parameters.csv";
    /** Best figure of merit per generation. */
    public static final String HISTORY_CSV = "history.csv";
    /** The model's summary: kind, axes, data sets, sample or components, parameter units. */
    public static final String MODEL_JSON = "model.json";
    /** SLD profile of a reflectivity model at the fitted values. */
    public static final String SLD_CSV = "sld.csv";
    /** A report of the run (written by the report module; stale once the run is rewritten). */
    public static final String REPORT_PDF = "report.pdf";
    /** The report's charts folder. */
    public static final String CHARTS = "charts";
    private static final String SLD_PREFIX = "sld-";
    /** Depths at which the SLD profile is written. */
    static final int PROFILE_POINTS = 500;

    private ResultFiles() {
    }

    /** Writes the run's files into {@code dir} (created if needed). */
    public static void write(Path dir, ModelDefinition model, FitSettings settings, FitResult result,
                             RunInfo run) {
        AtomicFiles files = new AtomicFiles().replacing(dir, ResultFiles::isRunFile);
        texts(model, settings, result, run).forEach((name, text) -> files.text(dir.resolve(name), text));
        files.commit();
    }

    /**
     * The run's files by name, as {@link #write} writes them, in the order it renames them into place
     * ({@code result.json} last): for a caller that keeps them elsewhere than in a directory (a cluster
     * worker records them in its run store).
     */
    public static Map<String, String> texts(ModelDefinition model, FitSettings settings, FitResult result, RunInfo run) {
        Map<String, String> files = new LinkedHashMap<>();
        // Data read from ORSO files go back as .ort too, header kept, with the model column.
        org.evofit.wrapper.io.OrtResults.texts(model, result, run).forEach(files::put);
        if (model.problem().model() instanceof ReflectivityModel refl) {
            files.put(SLD_CSV, sldCsv(refl.profile(result.values(), PROFILE_POINTS)));
        }
        if (model.problem().model() instanceof JointReflectivityModel joint) {
            for (String sample : joint.samples()) {
                files.put(sldCsvOf(sample), sldCsv(joint.profile(sample, result.values(), PROFILE_POINTS)));
            }
        }
        files.put(FIT_CSV, fitCsv(model, result));
        files.put(PARAMETERS_CSV, parametersCsv(result.parameters(), ParameterUnits.of(model.problem().model())));
        files.put(MODEL_JSON, ModelSummary.json(model).format());
        files.put(HISTORY_CSV, historyCsv(result.history()));
        files.put(RESULT_JSON, resultJson(model, settings, result, run));
        return files;
    }

    /** The SLD profile file of one sample of a joint model: {@code sld-<sample>.csv}. */
    public static String sldCsvOf(String sample) {
        return SLD_PREFIX + sample + ".csv";
    }

    /** Whether {@code name} is one of the files a run (or its report) writes into its directory. */
    public static boolean isRunFile(String name) {
        return switch (name) {
            case RESULT_JSON, FIT_CSV, PARAMETERS_CSV, HISTORY_CSV, MODEL_JSON, SLD_CSV, REPORT_PDF, CHARTS -> true;
            default -> name.equals(OrtResults.FIT_ORT) || name.endsWith("." + OrtResults.FIT_ORT)
                    || name.startsWith(SLD_PREFIX) && name.endsWith(".csv");
        };
    }

    static String resultJson(ModelDefinition model, FitSettings settings, FitResult result, RunInfo run) {
        // Every result.json carries provenance; a caller that did not gather it gets it gathered now. It is
        // formatted last of the files (see texts), so a read still going on overlaps the others.
        Provenance read = run.provenance(); // waits for a read still going on
        Provenance provenance = read != null ? read : Provenance.of(model.source(), model.fileNames());
        return new ResultJson(run.evofitVersion(), model.sourceName(),
                result.fom(), result.fomName(), fomCombination(model), result.chi2(), settings.de().strategy().genxName(),
                settings.de().seed(), settings.execution().threads(),
                settings.de().populationFor(model.problem().freeCount()), result.generations(),
                result.evaluations(), result.seconds(), result.evaluationsPerSecond(), result.stopReason().name(),
                result.refined(), excludedPoints(model),
                model.resultWarnings(result).stream().map(DataWarning::message).toList(), errors(result.errorBasis()), run.started().toString(),
                run.finished().toString(), ProvenanceJson.of(provenance), result.parameters().stream()
                .map(p -> new ResultJson.Parameter(p.name(), p.value(), p.fit(), p.min(), p.max(), p.error(),
                        p.errorLow(), p.errorHigh(), p.bound().atBound() ? p.bound().label() : null))
                .toList()).format();
    }

    /** How the figure of merit combined the data sets, when there were several to combine. */
    private static String fomCombination(ModelDefinition model) {
        return model.problem().dataSets().size() < 2 ? null : model.problem().figureOfMerit().combination();
    }

    private static ResultJson.Errors errors(ErrorBasis basis) {
        return basis == null ? null : new ResultJson.Errors(basis.residuals(), ResultJson.Errors.SCALE, basis.scale(),
                basis.points(), basis.degreesOfFreedom(), basis.level(), basis.threshold(),
                ResultJson.Errors.PROFILE.equals(basis.bars()) ? ResultJson.Errors.PROFILE : null);
    }

    private static List<ResultJson.ExcludedPoints> excludedPoints(ModelDefinition model) {
        return model.dataWarnings().stream().filter(DataWarning::excludesPoints).map(w -> new ResultJson.ExcludedPoints(w.counts().dataSet(),
                w.counts().points(), w.counts().excluded(), w.counts().nonFinite(), w.message())).toList();
    }

    static String fitCsv(ModelDefinition model, FitResult result) {
        String xUnit = model.problem().model() instanceof ReflectivityModel refl
                ? ParameterUnits.xUnit(refl.instrument().coords()) : "";
        if (model.problem().model() instanceof JointReflectivityModel joint) {
            // One x column serves every data set: its unit is named when all instruments share it.
            List<String> units = joint.parts().stream()
                    .map(p -> ParameterUnits.xUnit(p.model().instrument().coords())).distinct().toList();
            xUnit = units.size() == 1 ? units.get(0) : "";
        }
        return FitRow.format(new FitRow.Table(xUnit,
                FitRow.of(model.problem().dataSets(), model.problem().simulate(result.values()))));
    }

    static String parametersCsv(List<ParameterEstimate> parameters, ParameterUnits units) {
        return ParameterRow.format(parameters.stream().map(p -> new ParameterRow(p.name(), p.value(), p.fit(),
                p.min(), p.max(), p.error(), p.errorLow(), p.errorHigh(), units.unitOf(p.name()))).toList());
    }

    static String sldCsv(SldProfile p) {
        return SldRow.format(SldRow.of(p));
    }

    /**
     * The data warnings recorded in run directory {@code runDir}'s result.json ({@link DataWarning#recorded}), as
     * the run that wrote it had them; none when the directory holds no result.
     *
     * @throws org.evofit.wrapper.results.ResultFileException when the result cannot be read
     */
    public static List<DataWarning> recordedWarnings(Path runDir) {
        Path result = runDir.resolve(RESULT_JSON);
        return Files.isRegularFile(result) ? DataWarning.recorded(ResultJson.read(result)) : List.of();
    }

    static String historyCsv(double[] history) {
        return HistoryRow.format(HistoryRow.of(history));
    }
}
