package org.evofit.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.BandRow;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.sample.ChainSamples;
import org.evofit.wrapper.sample.PosteriorBands;
import org.evofit.wrapper.sample.SampleFiles;

/**
 * What a report shows of a run's posterior: the posterior section of its result.json (table,
 * diagnostics, warnings, correlations), the corner plot's samples from chain.csv, and the bands of
 * band.csv and sld-band.csv where the sampling wrote them.
 *
 * @param posterior the posterior section
 * @param corner    the corner plot's data
 * @param curves    the model curves' bands; empty when there is no band.csv
 * @param sld       the SLD profiles' bands; empty when there is no sld-band.csv
 */
record PosteriorData(PosteriorJson posterior, CornerData corner, List<BandRow> curves, List<BandRow> sld) {

    /** Copies the lists. */
    PosteriorData {
        curves = List.copyOf(curves);
        sld = List.copyOf(sld);
    }

    /**
     * The posterior of the run in {@code dir}, or {@code null} when its result.json has no posterior
     * section (a fit not sampled, or rewritten since).
     *
     * @param units each parameter's unit, for the corner plot's labels
     * @throws ReportInputException when a posterior file is missing or malformed
     */
    static PosteriorData read(Path dir, Map<String, String> units) {
        PosteriorJson posterior = RunData.input(() -> PosteriorJson.section(dir.resolve(ResultFiles.RESULT_JSON)));
        return posterior == null ? null : read(dir, posterior, units);
    }

    /**
     * The posterior of a directory {@code evofit sample} wrote without a fit (no result.json): its
     * posterior.json, chain.csv and bands; the corner plot's labels without units (no parameters.csv says them).
     *
     * @throws ReportInputException when a posterior file is missing or malformed
     */
    static PosteriorData readSampled(Path dir) {
        return read(dir, RunData.input(() -> PosteriorJson.read(dir.resolve(SampleFiles.POSTERIOR_JSON))), Map.of());
    }

    private static PosteriorData read(Path dir, PosteriorJson posterior, Map<String, String> units) {
        ChainSamples chain = RunData.input(() -> ChainSamples.read(dir));
        Path band = dir.resolve(PosteriorBands.BAND_CSV);
        Path sld = dir.resolve(PosteriorBands.SLD_BAND_CSV);
        return new PosteriorData(posterior, corner(posterior, chain, units),
                Files.isRegularFile(band) ? RunData.input(() -> BandRow.readCurves(band)) : List.of(),
                Files.isRegularFile(sld) ? RunData.input(() -> BandRow.readSld(sld)) : List.of());
    }

    /** The corner plot of {@code chain}, marked with the table's MAP and medians. */
    static CornerData corner(PosteriorJson posterior, ChainSamples chain, Map<String, String> units) {
        int n = chain.names().size();
        double[] map = new double[n];
        double[] median = new double[n];
        for (int d = 0; d < n; d++) {
            PosteriorJson.Row row = row(posterior, chain.names().get(d));
            map[d] = row.map();
            median[d] = row.median();
        }
        List<String> labels = chain.names().stream().map(name -> Axes.label(name, units.getOrDefault(name, "")))
                .toList();
        return new CornerData(labels, chain.samples(), map, median);
    }

    /** The table's row of a parameter of the chain. */
    static PosteriorJson.Row row(PosteriorJson posterior, String name) {
        return posterior.parameters().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new ReportInputException("the posterior table has no row for " + name
                        + ", a parameter of chain.csv"));
    }

    /** The MAP sample, in the chain's order. */
    static double[] map(PosteriorJson posterior, List<String> names) {
        return names.stream().mapToDouble(n -> row(posterior, n).map()).toArray();
    }
}
