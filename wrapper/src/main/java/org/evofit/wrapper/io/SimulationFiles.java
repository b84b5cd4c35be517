package org.evofit.wrapper.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.ResultCsv;

/** Writes a model's simulation at its current values: {@code dataset,x,model}. */
public final class SimulationFiles {

    private SimulationFiles() {
    }

    /** The CSV text of the simulation at the model's start values. */
    public static String csv(ModelDefinition model) {
        return simulate(model).csv();
    }

    /**
     * The simulation at the model's start values, {@code dataset,x,model}, with the data sets where the
     * model is not finite.
     */
    public static Simulation simulate(ModelDefinition model) {
        List<DataSet> sets = model.problem().dataSets();
        double[][] sim = model.problem().simulate(model.problem().startValues());
        StringBuilder sb = new StringBuilder("dataset,x,model\n");
        List<NonFiniteModel> nonFinite = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            for (int j = 0; j < d.size(); j++) {
                sb.append(ResultCsv.text(d.name())).append(',').append(ResultCsv.number(d.x()[j])).append(',')
                        .append(ResultCsv.number(sim[i][j])).append('\n');
            }
            NonFiniteModel.of("data set " + d.name(), d.x(), sim[i]).ifPresent(nonFinite::add);
        }
        return new Simulation(sb.toString(), nonFinite);
    }

    /**
     * The SLD profile {@code z,sld,isld} (Å, 1e-6 Å⁻²) of a reflectivity model at its start values.
     *
     * @throws IllegalArgumentException if the model is not a reflectivity model
     */
    public static String profileCsv(ModelDefinition model, int points) {
        if (model.problem().model() instanceof JointReflectivityModel joint) {
            throw new IllegalArgumentException("the model has several samples (" + String.join(", ", joint.samples())
                    + ") or instruments, so one SLD profile cannot stand for it; a fit writes sld-<sample>.csv for each");
        }
        if (!(model.problem().model() instanceof ReflectivityModel refl)) {
            throw new IllegalArgumentException("an SLD profile needs a reflectivity model");
        }
        SldProfile p = refl.profile(model.problem().startValues(), points);
        StringBuilder sb = new StringBuilder("z,sld,isld\n");
        for (int k = 0; k < p.z().length; k++) {
            sb.append(ResultCsv.number(p.z()[k])).append(',').append(ResultCsv.number(p.re()[k])).append(',')
                    .append(ResultCsv.number(p.im()[k])).append('\n');
        }
        return sb.toString();
    }

    /** Writes the simulation atomically to {@code file}. */
    public static void write(Path file, ModelDefinition model) {
        AtomicFiles.writeText(file, csv(model));
    }
}
