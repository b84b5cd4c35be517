package org.evofit.wrapper.sample;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.results.CsvRows;
import org.evofit.wrapper.results.ResultCsv;
import org.evofit.wrapper.results.ResultFileException;

/**
 * The posterior samples of {@value SampleFiles#CHAIN_CSV} read back: the thinned steps after the
 * burn-in, every walker, as the corner plot and the posterior bands use them.
 *
 * @param names   the sampled parameters, in the file's column order
 * @param samples {@code [parameter][sample]}, in file order (step-major, then walker)
 */
public record ChainSamples(List<String> names, double[][] samples) {

    /** The parameters' columns start after {@code step,walker,logPosterior}. */
    private static final int FIRST = 3;

    /** Copies the list. */
    public ChainSamples {
        names = List.copyOf(names);
    }

    /** Reads {@code dir}'s chain.csv. */
    public static ChainSamples read(Path dir) {
        Path file = dir.resolve(SampleFiles.CHAIN_CSV);
        CsvRows t = ResultCsv.read(file);
        t.column("logPosterior");
        if (t.header().size() <= FIRST || t.rows().isEmpty()) {
            throw new ResultFileException(file, 1, "expected step,walker,logPosterior, one column per parameter and "
                    + "at least one sample");
        }
        List<String> names = t.header().subList(FIRST, t.header().size());
        double[][] samples = new double[names.size()][t.rows().size()];
        for (int i = 0; i < t.rows().size(); i++) {
            for (int d = 0; d < names.size(); d++) {
                samples[d][i] = t.number(t.rows().get(i), FIRST + d);
            }
        }
        return new ChainSamples(names, samples);
    }

    /** How many samples there are. */
    public int size() {
        return samples[0].length;
    }

    /** Sample {@code i} as a vector in {@link #names()} order. */
    public double[] sample(int i) {
        double[] v = new double[samples.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = samples[d][i];
        }
        return v;
    }
}
