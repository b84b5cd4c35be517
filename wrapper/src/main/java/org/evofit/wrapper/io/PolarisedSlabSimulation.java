package org.evofit.wrapper.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.core.refl.LayersFile;
import org.evofit.core.refl.MagneticImplementation;
import org.evofit.core.refl.MagneticKernel;
import org.evofit.core.refl.MagneticSlabs;
import org.evofit.core.refl.MagneticWorkspace;
import org.evofit.core.refl.SpinChannels;
import org.evofit.wrapper.results.ResultCsv;

/**
 * The four spin cross sections of a polarised ORSO slab file (six columns: thickness, SLD, iSLD,
 * thetaM, sldm, roughness) at the Q values of a data file's first column, unsmeared: the other columns
 * are not read, since the polarised validation's data files hold the four reference channels there,
 * not a resolution. Writes
 * {@code q,R--,R-+,R+-,R++}, the column order of the ORSO polarised validation.
 */
public final class PolarisedSlabSimulation {

    /** refl1d's default guide-field angle: the field in the sample plane. */
    public static final double DEFAULT_AGUIDE = 270;

    private static final String[] CHANNELS = {"R--", "R-+", "R+-", "R++"};

    private PolarisedSlabSimulation() {
    }

    /**
     * Simulates the four channels.
     *
     * @param slabs  the polarised layers file
     * @param qFile  a data file whose first column is Q, Å⁻¹
     * @param aguide guide-field angle from the surface normal, degrees
     * @param field  applied field, tesla
     * @return the CSV text and the channels' non-finite points
     */
    public static Simulation simulate(Path slabs, Path qFile, double aguide, double field) {
        if (!Double.isFinite(aguide) || !Double.isFinite(field)) {
            throw new IllegalArgumentException("expected finite --aguide and --field, found " + aguide + " and "
                    + field);
        }
        MagneticSlabs stack = MagneticSlabs.fromLayers(LayersFile.readMagnetic(slabs));
        DataSet points = ColumnTextLoader.load(qFile, "q", ColumnSpec.of(0, 0));
        double[] q = points.x();
        SpinChannels r = SpinChannels.ofLength(q.length);
        // One call: the scalar steps, which give the vector ones' bits without waiting for the JIT to compile them.
        MagneticKernel.reflectivity(stack, aguide, field, q, 0, q.length, r,
                new MagneticWorkspace(MagneticImplementation.SCALAR));
        StringBuilder sb = new StringBuilder("q");
        for (String channel : CHANNELS) {
            sb.append(',').append(channel);
        }
        sb.append('\n');
        for (int i = 0; i < q.length; i++) {
            sb.append(ResultCsv.number(q[i]));
            for (int c = 0; c < CHANNELS.length; c++) {
                sb.append(',').append(ResultCsv.number(r.get(c)[i]));
            }
            sb.append('\n');
        }
        List<NonFiniteModel> nonFinite = new ArrayList<>();
        for (int c = 0; c < CHANNELS.length; c++) {
            NonFiniteModel.of(qFile + " " + CHANNELS[c], q, r.get(c)).ifPresent(nonFinite::add);
        }
        return new Simulation(sb.toString(), nonFinite);
    }
}
