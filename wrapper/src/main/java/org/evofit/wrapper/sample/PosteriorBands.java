package org.evofit.wrapper.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.BandRow;

/**
 * The posterior bands of a model (see {@link Band}): its curve at every point of every data set, and a
 * reflectivity model's real SLD profile of every sample, over at most {@value #DRAWS} posterior samples
 * evenly spaced through the chain's thinned samples — enough for the 2.5 % and 97.5 % quantiles to rest
 * on five draws each, at a cost of {@value #DRAWS} simulations.
 */
public final class PosteriorBands {

    /** The most draws a band is computed over. */
    public static final int DRAWS = 200;
    /** The model curves' band file. */
    public static final String BAND_CSV = "band.csv";
    /** The SLD profiles' band file. */
    public static final String SLD_BAND_CSV = "sld-band.csv";
    /** The sample name of a model with one sample, in sld-band.csv. */
    public static final String ONE_SAMPLE = "sample";
    private static final int PROFILE_POINTS = 500;

    private PosteriorBands() {
    }

    /**
     * The model curves' bands, one row per point of every data set.
     *
     * @param map the MAP sample, in {@code chain.names()} order
     * @throws IllegalArgumentException when the chain lacks a free parameter of the model
     */
    public static List<BandRow> curves(ModelDefinition model, ChainSamples chain, double[] map) {
        FitProblem problem = model.problem();
        int[] columns = columns(problem, chain);
        int[] draws = draws(chain.size(), DRAWS);
        double[][][] curves = new double[draws.length][][];
        for (int k = 0; k < draws.length; k++) {
            curves[k] = problem.simulate(problem.values(free(chain.sample(draws[k]), columns)));
        }
        double[][] mapCurves = problem.simulate(problem.values(free(map, columns)));
        List<BandRow> rows = new ArrayList<>();
        for (int s = 0; s < problem.dataSets().size(); s++) {
            double[][] ofSet = new double[draws.length][];
            for (int k = 0; k < draws.length; k++) {
                ofSet[k] = curves[k][s];
            }
            DataSet set = problem.dataSets().get(s);
            rows.addAll(rows(set.name(), set.x(), Band.of(ofSet, mapCurves[s])));
        }
        return rows;
    }

    /**
     * The real SLD profiles' bands of a reflectivity model's samples (none for other models), on the
     * MAP profile's depths; a draw's profile is interpolated there, and held at its end values beyond
     * its own depths (ambient above, substrate below).
     */
    public static List<BandRow> sld(ModelDefinition model, ChainSamples chain, double[] map) {
        FitProblem problem = model.problem();
        Map<String, Function<double[], SldProfile>> samples = new LinkedHashMap<>();
        if (problem.model() instanceof ReflectivityModel refl) {
            samples.put(ONE_SAMPLE, v -> refl.profile(v, PROFILE_POINTS));
        } else if (problem.model() instanceof JointReflectivityModel joint) {
            joint.samples().forEach(s -> samples.put(s, v -> joint.profile(s, v, PROFILE_POINTS)));
        }
        int[] columns = columns(problem, chain);
        int[] draws = draws(chain.size(), DRAWS);
        List<BandRow> rows = new ArrayList<>();
        samples.forEach((name, profile) -> {
            SldProfile atMap = profile.apply(problem.values(free(map, columns)));
            double[][] ofDraws = new double[draws.length][];
            for (int k = 0; k < draws.length; k++) {
                SldProfile p = profile.apply(problem.values(free(chain.sample(draws[k]), columns)));
                ofDraws[k] = interpolate(p.z(), p.re(), atMap.z());
            }
            rows.addAll(rows(name, atMap.z(), Band.of(ofDraws, atMap.re())));
        });
        return rows;
    }

    /** {@code max} sample indices evenly spaced over {@code size} samples, or every one when fewer. */
    static int[] draws(int size, int max) {
        int n = Math.min(size, max);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) ((long) k * size / n);
        }
        return out;
    }

    private static List<BandRow> rows(String curve, double[] x, Band b) {
        List<BandRow> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(new BandRow(curve, x[i], b.map()[i], b.median()[i], b.low68()[i], b.high68()[i], b.low95()[i],
                    b.high95()[i]));
        }
        return rows;
    }

    /** Each free parameter's column in the chain. */
    private static int[] columns(FitProblem problem, ChainSamples chain) {
        List<String> free = problem.freeNames();
        int[] out = new int[free.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = chain.names().indexOf(free.get(k));
            if (out[k] < 0) {
                throw new IllegalArgumentException("the chain has no column for the free parameter " + free.get(k)
                        + "; it holds " + String.join(", ", chain.names()));
            }
        }
        return out;
    }

    private static double[] free(double[] sample, int[] columns) {
        double[] out = new double[columns.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = sample[columns[k]];
        }
        return out;
    }

    /**
     * {@code y(x)} at the ascending depths {@code at}, linear between the ascending {@code x}, the end
     * values beyond them; one pass, as both are sorted.
     */
    static double[] interpolate(double[] x, double[] y, double[] at) {
        double[] out = new double[at.length];
        int j = 0;
        for (int i = 0; i < at.length; i++) {
            double t = at[i];
            if (t <= x[0]) {
                out[i] = y[0];
            } else if (t >= x[x.length - 1]) {
                out[i] = y[y.length - 1];
            } else {
                while (x[j + 1] < t) {
                    j++;
                }
                double f = (t - x[j]) / (x[j + 1] - x[j]);
                out[i] = y[j] + f * (y[j + 1] - y[j]);
            }
        }
        return out;
    }
}
