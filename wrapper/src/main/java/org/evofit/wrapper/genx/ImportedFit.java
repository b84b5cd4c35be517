package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.model.ModelLayout;

/**
 * What an imported model has besides its structure, whatever its kind: GenX's data sets (each read
 * from the file the import writes for it) and its {@code [solver]} settings as figure of merit and
 * optimizer settings. The reflectivity and the curve import both finish their model here, so both fit
 * with the same data and settings.
 */
final class ImportedFit {

    /** A builder's {@code data(name, x, y)}. */
    interface Arrays {
        void data(String name, double[] x, double[] y);
    }

    /** A builder's {@code data(name, x, y, error)}. */
    interface ArraysWithErrors {
        void data(String name, double[] x, double[] y, double[] error);
    }

    /** A builder's {@code range(name, xmin, xmax)}. */
    interface Range {
        void range(String name, double xmin, double xmax);
    }

    private ImportedFit() {
    }

    /**
     * Gives every data set to the builder, with GenX's fit range; errors only where GenX used them.
     *
     * @throws GenxImportException when two data sets share a name, which a model file cannot hold
     */
    static void data(List<GenxDataSet> data, SolverSettings solver, Arrays plain, ArraysWithErrors withErrors,
                     Range range, String shown) {
        Set<String> names = new HashSet<>();
        for (GenxDataSet d : data) {
            if (!names.add(d.name())) {
                throw new GenxImportException(shown, 0, "two data sets are called '" + d.name()
                        + "'; evofit needs a name for each data set; rename one in GenX");
            }
            if (d.useError()) {
                withErrors.data(d.name(), d.x(), d.y(), d.error());
            } else {
                plain.data(d.name(), d.x(), d.y());
            }
            if (solver.fitRange() != null) {
                range.range(d.name(), solver.fitRange()[0], solver.fitRange()[1]);
            }
        }
    }

    /**
     * The built model with GenX's figure of merit and settings, each data set read from its file.
     *
     * @param files          each data set's file, relative to {@code dir}
     * @param dir            the directory the model file is written into
     * @param withResolution whether data set i's file carries a resolution column (fourth)
     */
    static ModelDefinition finish(ModelDefinition built, List<GenxDataSet> data, List<String> files, Path dir,
                                  SolverSettings solver, IntPredicate withResolution) {
        List<DataOrigin> origins = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            origins.add(new DataOrigin(dir.resolve(files.get(i)), null, data.get(i).columns(withResolution.test(i))));
        }
        ModelLayout layout = new ModelLayout(built.layout().structure(), built.layout().couplings(), origins);
        NonFinitePolicy policy = solver.ignoreNonFinite() ? NonFinitePolicy.IGNORE : NonFinitePolicy.FAIL;
        return new ModelDefinition(null, built.problem().withFigureOfMerit(FiguresOfMerit.byName(solver.fom(), policy)),
                solver.settings(), List.of(), layout);
    }
}
