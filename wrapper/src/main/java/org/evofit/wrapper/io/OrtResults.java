package org.evofit.wrapper.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.fit.FitResult;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.io.ModelSummary;
import org.evofit.wrapper.io.ParameterUnits;
import org.evofit.wrapper.io.RunInfo;
import org.evofit.wrapper.ort.OrtAnalysis;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;
import org.evofit.wrapper.ort.OrtWriter;

/**
 * The .ort files of a fit whose data came from ORSO files: each source file written again with its
 * header kept, an {@code Rfit} model column and an analysis section. A data set of the file that the
 * model did not fit gets a model column of NaN.
 */
public final class OrtResults {

    /** The result file of the one .ort source; with several, each is {@code <stem>.fit.ort}. */
    public static final String FIT_ORT = "fit.ort";

    private OrtResults() {
    }

    /**
     * File name to text, one entry per .ort source file: {@code fit.ort} when there is one, else
     * {@code <stem>.fit.ort}. Empty when no data came from an .ort file.
     */
    public static Map<String, String> texts(ModelDefinition model, FitResult result, RunInfo run) {
        List<DataSource> sources = model.dataSources();
        Map<Path, List<Integer>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).isOrt()) {
                byFile.computeIfAbsent(sources.get(i).file(), f -> new ArrayList<>()).add(i);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (byFile.isEmpty()) {
            return out;
        }
        double[][] sim = model.problem().simulate(result.values());
        Map<String, String> units = new LinkedHashMap<>();
        ParameterUnits unitOf = ParameterUnits.of(model.problem().model());
        result.parameters().forEach(p -> units.put(p.name(), unitOf.unitOf(p.name())));
        OrtAnalysis analysis = OrtAnalysis.of(result, run.evofitVersion(), run.finished(), model.sourceName())
                .withModel(units, ModelSummary.of(model));
        for (Map.Entry<Path, List<Integer>> e : byFile.entrySet()) {
            OrtFile file = OrtReader.read(e.getKey());
            List<double[]> models = new ArrayList<>();
            for (OrtDataSet set : file.dataSets()) {
                double[] curve = new double[set.data().size()];
                Arrays.fill(curve, Double.NaN);
                for (int i : e.getValue()) {
                    if (matches(file, set, sources.get(i).ortDataSet())) {
                        curve = sim[i];
                    }
                }
                models.add(curve);
            }
            String stem = e.getKey().getFileName().toString().replaceFirst("(?i)\\.ort$", "");
            out.put(byFile.size() == 1 ? FIT_ORT : stem + "." + FIT_ORT, OrtWriter.format(file, models, analysis));
        }
        return out;
    }

    private static boolean matches(OrtFile file, OrtDataSet set, String chosen) {
        if (chosen == null) {
            return file.dataSets().size() == 1;
        }
        return file.find(chosen).map(found -> found == set).orElse(false);
    }
}
