package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.refl.instrument.Probe;

/**
 * A data set whose points carry their own wavelengths (time-of-flight data: x in Q, each point its own
 * λ), cut into runs of consecutive points at one wavelength. Each run is simulated as a measurement at
 * that one wavelength would be: the layers' potentials at its λ (a material layer's X-ray f from the
 * tables at its λ, {@link MaterialShift}), its x turned into Q and its footprint at its angle. Made once
 * per data set, so an evaluation copies nothing but the results.
 */
final class WavelengthRuns {

    private final double[] source;
    private final int[] start;
    private final double[] wavelength;
    private final double[][] x;
    private final double[][] column;
    private final double[][] out;
    /** Per run, the material layers' f shift {re, im} from the model's material wavelength, or null. */
    private final double[][][] shift;
    /** The smeared-reflectivity plans of evofit's accurate resolution, one per run. */
    private final SmearingCache plans = new SmearingCache();

    /** One evaluator's runs, one per data set, made again only when a data set changes. */
    static final class Cache {
        private WavelengthRuns[] runs = new WavelengthRuns[0];

        /** The runs of data set {@code index} ({@code data}) in {@code model}, refusing a mode that cannot. */
        WavelengthRuns of(int index, DataSet data, double[] column, ReflectivityModel model) {
            checkMode(model);
            if (index >= runs.length) {
                runs = Arrays.copyOf(runs, index + 1);
            }
            if (runs[index] == null || runs[index].source != data.wavelength()) {
                runs[index] = new WavelengthRuns(data, column, model);
            }
            return runs[index];
        }
    }

    /**
     * The runs of {@code data}'s points.
     *
     * @param column the per-point resolution column the model reads, or {@code null}
     * @param model  the model: under X-rays its material layers' f move with the wavelength from the one
     *               they are given at (neutron scattering lengths do not depend on λ)
     * @throws IllegalArgumentException for a wavelength that is not a positive number, or one the X-ray
     *                                  tables do not cover
     */
    WavelengthRuns(DataSet data, double[] column, ReflectivityModel model) {
        boolean xray = model.instrument().probe() == Probe.XRAY;
        source = data.wavelength();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < source.length; i++) {
            if (!(source[i] > 0) || !Double.isFinite(source[i])) {
                throw new IllegalArgumentException("data set " + data.name() + ": point " + (i + 1)
                        + " has wavelength " + source[i] + "; expected a positive number of Å");
            }
            if (i == 0 || source[i] != source[i - 1]) {
                starts.add(i);
            }
        }
        int runs = starts.size();
        start = new int[runs + 1];
        wavelength = new double[runs];
        x = new double[runs][];
        this.column = new double[runs][];
        out = new double[runs][];
        shift = new double[runs][][];
        for (int r = 0; r < runs; r++) {
            start[r] = starts.get(r);
        }
        start[runs] = source.length;
        for (int r = 0; r < runs; r++) {
            wavelength[r] = source[start[r]];
            x[r] = Arrays.copyOfRange(data.x(), start[r], start[r + 1]);
            this.column[r] = column == null ? null : Arrays.copyOfRange(column, start[r], start[r + 1]);
            out[r] = new double[x[r].length];
            shift[r] = xray ? MaterialShift.of(model.sampleSpec(), model.materialWavelength(), wavelength[r]) : null;
        }
    }

    /**
     * Refuses a model whose resolution mode reads neighbouring points (GenX's fast modes) or that adds a
     * doublet: neither is a measurement of each point at its own wavelength.
     *
     * @throws IllegalArgumentException saying which modes take a wavelength per point
     */
    static void checkMode(ReflectivityModel model) {
        if (model.doublet() != null || model.accurateResolution() == null
                && model.instrument().restype().usesDataGrid()) {
            throw new IllegalArgumentException("a wavelength per point needs a resolution that smears each point on"
                    + " its own (evofit's constant, pointwise or relative; GenX's 'no conv' or 'full conv and varying"
                    + " res.'), not GenX's fast modes, which read neighbouring points, nor a doublet");
        }
    }

    /** The accurate resolution's plans for these runs, each run's by its number. */
    SmearingCache plans() {
        return plans;
    }

    /** How many runs. */
    int count() {
        return wavelength.length;
    }

    /** The wavelength of run {@code r}, Å. */
    double wavelength(int r) {
        return wavelength[r];
    }

    /** The data points of run {@code r}. */
    double[] x(int r) {
        return x[r];
    }

    /** The resolution column's values for run {@code r}, or {@code null}. */
    double[] column(int r) {
        return column[r];
    }

    /** The f shift {re, im} per distinct layer at run {@code r}'s wavelength, or {@code null} for none. */
    double[][] shift(int r) {
        return shift[r];
    }

    /** Where run {@code r} writes its values before {@link #gather}. */
    double[] out(int r) {
        return out[r];
    }

    /** Every run's values into {@code into}, at the points' places. */
    void gather(double[] into) {
        for (int r = 0; r < out.length; r++) {
            System.arraycopy(out[r], 0, into, start[r], out[r].length);
        }
    }
}
