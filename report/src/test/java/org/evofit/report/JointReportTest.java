package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evofit.core.fit.FitResult;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a joint fit (contrast variation: one film against D2O and against H2O) draws an SLD chart for
 * each sample from its sld-&lt;sample&gt;.csv, each the profile of that sample at the fitted values, and no
 * single sld chart.
 */
class JointReportTest {

    @TempDir
    Path tmp;

    @Test
    void eachSampleHasItsOwnSldChart() throws Exception {
        ShortFits.Run fit = ShortFits.fit(tmp, 0.01, """
                kind: reflectivity
                instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0}
                layers:
                  Si:   {sld: 2.07}
                  film: {sld: {value: 1.5, min: 0, max: 4}, d: {value: 60, min: 30, max: 100}, sigma: 4}
                  D2O:  {sld: 6.36, sigma: 4}
                  H2O:  {sld: -0.56, sigma: 4}
                samples:
                  d2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: D2O}
                  h2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: H2O}
                data:
                  - {name: in D2O, file: q.dat, sample: d2o}
                  - {name: in H2O, file: q.dat, sample: h2o}
                fom: log
                optimizer: {population: 8, generations: 2, seed: 3}
                """);
        ModelDefinition model = fit.model();
        FitResult result = fit.result();
        Path run = fit.run();

        RunData read = RunData.read(run);
        assertThat(read.sld()).isNull();
        assertThat(read.sampleSlds()).containsOnlyKeys("d2o", "h2o");
        JointReflectivityModel joint = (JointReflectivityModel) model.problem().model();
        for (String sample : joint.samples()) {
            SldProfile profile = joint.profile(sample, result.values(), read.sampleSlds().get(sample).z().length);
            assertThat(read.sampleSlds().get(sample).re()).containsExactly(profile.re());
        }
        // The two substrates differ, so the two profiles end apart.
        double[] d2o = read.sampleSlds().get("d2o").re();
        double[] h2o = read.sampleSlds().get("h2o").re();
        assertThat(d2o[d2o.length - 1]).isNotEqualTo(h2o[h2o.length - 1]);

        assertThat(RunReport.charts(read)).extracting(RunReport.Named::stem)
                .containsExactly("fit", "sld-d2o", "sld-h2o", "convergence");
        Reports.write(run);
        assertThat(run.resolve("charts/sld-d2o.png")).exists();
        assertThat(run.resolve("charts/sld-h2o.svg")).exists();
    }
}
