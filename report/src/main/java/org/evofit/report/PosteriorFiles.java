package org.evofit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.io.ModelSummary;
import org.evofit.wrapper.io.ParameterUnits;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.BandRow;
import org.evofit.wrapper.results.FitRow;
import org.evofit.wrapper.results.ModelJson;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.sample.ChainSamples;
import org.evofit.wrapper.sample.PosteriorBands;
import org.evofit.wrapper.sample.SampleFiles;

/**
 * What a finished sampling run writes beside its chain and posterior table, from those files and the
 * model, all or nothing: the posterior bands of the model curves ({@value PosteriorBands#BAND_CSV}) and
 * of a reflectivity model's SLD profiles ({@value PosteriorBands#SLD_BAND_CSV}), and as charts
 * ({@code charts/<name>.png}, 300 dpi or less for a large corner plot, and {@code .svg}) the corner plot
 * {@value #CORNER}, the data with the MAP model and its bands {@value #BAND}, and for a model of one
 * sample the MAP SLD profile with its band {@value #SLD_BAND}.
 */
public final class PosteriorFiles {

    /** The corner plot's chart name. */
    public static final String CORNER = "corner";
    /** The fit chart with the posterior band. */
    public static final String BAND = "band";
    /** The SLD chart with the posterior band. */
    public static final String SLD_BAND = "sld-band";

    private PosteriorFiles() {
    }

    /**
     * Writes the bands and charts of the sampling run in {@code dir} (its chain.csv and posterior.json)
     * of {@code model}, the model it sampled.
     *
     * @return the files written
     */
    public static List<Path> write(Path dir, ModelDefinition model) {
        PosteriorJson posterior = PosteriorJson.read(dir.resolve(SampleFiles.POSTERIOR_JSON));
        ChainSamples chain = ChainSamples.read(dir);
        double[] map = PosteriorData.map(posterior, chain.names());
        List<BandRow> curves = PosteriorBands.curves(model, chain, map);
        List<BandRow> sld = PosteriorBands.sld(model, chain, map);
        ModelJson summary = ModelSummary.json(model);
        String xUnit = summary.x() == null || summary.x().unit() == null ? "" : summary.x().unit();
        ParameterUnits units = ParameterUnits.of(model.problem().model());
        Map<String, String> unitOf = chain.names().stream().collect(Collectors.toMap(Function.identity(),
                units::unitOf));

        AtomicFiles files = new AtomicFiles();
        List<Path> written = new ArrayList<>();
        written.add(dir.resolve(PosteriorBands.BAND_CSV));
        files.text(written.get(0), BandRow.CURVES.withUnit("x", xUnit).format(curves));
        if (!sld.isEmpty()) {
            written.add(dir.resolve(PosteriorBands.SLD_BAND_CSV));
            files.text(dir.resolve(PosteriorBands.SLD_BAND_CSV), BandRow.SLD.format(sld));
        }
        Path charts = dir.resolve(Reports.CHARTS);
        CornerPlot corner = new CornerPlot(PosteriorData.corner(posterior, chain, unitOf));
        ChartFiles.add(files, charts, CORNER, corner, corner.width(), corner.height());
        List<CurveData> data = RunData.curves(mapRows(model.problem().dataSets(), curves));
        ChartFiles.add(files, charts, BAND, Charts.fit(RunData.axes(summary, xUnit, data), data,
                "Data, MAP model and posterior band", curves));
        List<String> stems = new ArrayList<>(List.of(CORNER, BAND));
        List<BandRow> one = sld.stream().filter(r -> r.curve().equals(PosteriorBands.ONE_SAMPLE)).toList();
        if (!one.isEmpty()) {
            SldData profile = new SldData(one.stream().mapToDouble(BandRow::x).toArray(),
                    one.stream().mapToDouble(BandRow::map).toArray(), null);
            ChartFiles.add(files, charts, SLD_BAND, Charts.sld(profile, "SLD profile at the MAP and posterior band",
                    one, PosteriorBands.ONE_SAMPLE));
            stems.add(SLD_BAND);
        }
        for (String stem : stems) {
            written.add(charts.resolve(stem + ".png"));
            written.add(charts.resolve(stem + ".svg"));
        }
        files.commit();
        return written;
    }

    /** fit.csv's rows of the data with the MAP model of the bands (which list every point in data order). */
    private static List<FitRow> mapRows(List<DataSet> sets, List<BandRow> bands) {
        List<FitRow> rows = new ArrayList<>();
        int k = 0;
        for (DataSet d : sets) {
            for (int j = 0; j < d.size(); j++, k++) {
                double model = bands.get(k).map();
                rows.add(new FitRow(d.name(), d.x()[j], d.y()[j], d.hasErrors() ? d.error()[j] : null, model,
                        d.y()[j] - model));
            }
        }
        return rows;
    }
}
