package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.evofit.core.fit.FitResult;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.wrapper.model.ModelDefinition;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A polarised fit's SLD profile file carries the magnetic SLD, and the report's SLD chart draws it beside the
 * nuclear SLD as its own series, named in the legend, with the values the model's profile has at the fitted
 * values; an unpolarised profile's chart has no such series.
 */
class MagneticSldChartTest {

    @TempDir
    Path tmp;

    @Test
    void theSldChartOfAPolarisedFitHasTheMagneticSld() throws Exception {
        ShortFits.Run fit = ShortFits.fit(tmp, 0.005, """
                kind: reflectivity
                instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0}
                layers:
                  air: {sld: 0}
                  Fe:  {sld: 8.02, d: 150, sigma: 4, sldm: {value: 4, min: 3, max: 5}, thetaM: 90}
                  Si:  {sld: 2.07, sigma: 3}
                sample: {ambient: air, stacks: [{name: s, layers: [Fe]}], substrate: Si}
                data:
                  - {name: up, file: q.dat, channel: "++"}
                  - {name: down, file: q.dat, channel: "--"}
                fom: log
                optimizer: {population: 8, generations: 2, seed: 3}
                """);
        ModelDefinition model = fit.model();
        FitResult result = fit.result();
        Path run = fit.run();

        RunData read = RunData.read(run);
        Map.Entry<String, SldData> only = read.sampleSlds().entrySet().iterator().next();
        assertThat(read.sampleSlds()).hasSize(1);
        SldData sld = only.getValue();
        SldProfile profile = ((JointReflectivityModel) model.problem().model()).profile(only.getKey(),
                result.values(), sld.z().length);
        assertThat(sld.rhoM()).containsExactly(profile.rhoM());
        double fitted = result.values()[model.problem().slotOf("Fe.sldm")];
        assertThat(sld.rhoM()).contains(fitted);

        JFreeChart chart = RunReport.charts(read).stream().filter(n -> n.stem().startsWith("sld")).findFirst()
                .orElseThrow().chart();
        XYDataset set = chart.getXYPlot().getDataset();
        assertThat(set.getSeriesCount()).isEqualTo(3);
        assertThat(set.getSeriesKey(2).toString()).isEqualTo("magnetic SLD");
        for (int k = 0; k < sld.z().length; k++) {
            assertThat(set.getXValue(2, k)).isEqualTo(sld.z()[k]);
            assertThat(set.getYValue(2, k)).isEqualTo(sld.rhoM()[k]);
        }
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void anUnpolarisedProfileHasNoMagneticSeries() {
        SldData plain = new SldData(new double[] {0, 1}, new double[] {2.07, 2.07}, new double[] {0, 0});
        XYDataset set = Charts.sld(plain, "SLD profile").getXYPlot().getDataset();
        assertThat(set.getSeriesCount()).isEqualTo(2);
        assertThat(set.getSeriesKey(0).toString()).isEqualTo("real SLD");
        assertThat(set.getSeriesKey(1).toString()).isEqualTo("imaginary SLD");
    }
}
