package org.evofit.wrapper.io;

import java.nio.file.Path;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.core.refl.KernelWorkspace;
import org.evofit.core.refl.LayersFile;
import org.evofit.core.refl.ReflectivityKernel;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SmearingWorkspace;
import org.evofit.wrapper.results.ResultCsv;

/**
 * The reflectivity of an ORSO validation slab file at the Q values of a data file: unsmeared, or
 * smeared pointwise with the default (accurate) smearing when the data file has a fourth column,
 * the 1-sigma dQ. Writes {@code q,R}.
 */
public final class SlabSimulation {

    private SlabSimulation() {
    }

    /** The CSV text {@code q,R} for the slab file at the data file's Q values. */
    public static String csv(Path slabs, Path qFile) {
        return simulate(slabs, qFile).csv();
    }

    /** The simulation {@code q,R} for the slab file at the data file's Q values, with its non-finite points. */
    public static Simulation simulate(Path slabs, Path qFile) {
        SlabStack stack = LayersFile.readStack(slabs);
        // Read once, within the input size limit, both to count its columns and to parse it.
        String text = ColumnTextLoader.readText(qFile);
        boolean smeared = columns(text) >= 4;
        DataSet points = ColumnTextLoader.parse(text, qFile.toString(), "q",
                smeared ? ColumnSpec.of(0, 0, -1, 3) : ColumnSpec.of(0, 0));
        double[] q = points.x();
        double[] r = new double[q.length];
        if (smeared) {
            SmearedReflectivity.pointwise(q, points.xResolution()).reflectivity(stack, r, new SmearingWorkspace());
        } else {
            ReflectivityKernel.reflectivity(stack, q, r, new KernelWorkspace());
        }
        StringBuilder sb = new StringBuilder("q,R\n");
        for (int i = 0; i < q.length; i++) {
            sb.append(ResultCsv.number(q[i])).append(',').append(ResultCsv.number(r[i])).append('\n');
        }
        return new Simulation(sb.toString(), NonFiniteModel.of(qFile.toString(), q, r).stream().toList());
    }

    /** Number of columns on the first data row of {@code text}. */
    private static int columns(String text) {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String t = line.strip();
            int hash = t.indexOf('#');
            if (hash >= 0) {
                t = t.substring(0, hash).strip();
            }
            if (!t.isEmpty()) {
                return t.split("[\\s,;]+").length;
            }
        }
        return 0;
    }
}
