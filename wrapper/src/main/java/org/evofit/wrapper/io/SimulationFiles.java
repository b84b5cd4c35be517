package org.evofit.wrapper.io;

import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelDefinition;

/** Writes a model's simulation at its current values: {@code dataset,x,model}. */
public final class SimulationFiles {

    private SimulationFiles() {
    }

    /** The CSV text of the simulation at the model's start values. */
    public static String csv(ModelDefinition model) {
        List<DataSet> sets = model.problem().dataSets();
        double[][] sim = model.problem().simulate(model.problem().startValues());
        StringBuilder sb = new StringBuilder("dataset,x,model\n");
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            for (int j = 0; j < d.size(); j++) {
                sb.append(Csv.text(d.name())).append(',').append(Csv.number(d.x()[j])).append(',')
                        .append(Csv.number(sim[i][j])).append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes the simulation atomically to {@code file}. */
    public static void write(Path file, ModelDefinition model) {
        AtomicFiles.writeText(file, csv(model));
    }
}
