package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's trend charts and trends.csv name the sequence values by the quantity and unit sweep.json
 * records, and fall back to the old names for a sweep.json that records none.
 */
class SweepAxisLabelTest {

    @TempDir
    Path dir;

    private SweepData sweep(String axisFields) throws Exception {
        Files.writeString(dir.resolve(SweepData.SWEEP_JSON), """
                {"runCount": 2, "runs": [
                  {"id": "r1", "model": "/m.yaml", "data": "/T250K.ort", "sequence": 250.0 %1$s},
                  {"id": "r2", "model": "/m.yaml", "data": "/T300K.ort", "sequence": 300.0 %1$s}
                ]}
                """.formatted(axisFields));
        return SweepData.read(dir);
    }

    private static String xLabel(List<RunReport.Named> charts) {
        JFreeChart fom = charts.get(charts.size() - 1).chart();
        return fom.getXYPlot().getDomainAxis().getLabel();
    }

    @Test
    void aNamedSequenceLabelsTheAxisTheCsvColumnAndTheRunHeadings() throws Exception {
        SweepData sweep = sweep(", \"sequenceLabel\": \"temperature\", \"sequenceUnit\": \"K\"");
        assertThat(xLabel(SweepReport.charts(sweep))).isEqualTo("temperature (K)");
        assertThat(SweepReport.trendsCsv(sweep).lines().findFirst().orElseThrow())
                .isEqualTo("run,temperature (K),status,fom");
        assertThat(SweepReport.trendsCsv(sweep)).contains("r1,250.0,pending,");
        assertThat(sweep.sequenceText(sweep.runs().get(1))).isEqualTo("temperature 300 K");
    }

    @Test
    void aUnitWithoutAQuantityStillShowsTheUnit() throws Exception {
        SweepData sweep = sweep(", \"sequenceUnit\": \"mT\"");
        assertThat(xLabel(SweepReport.charts(sweep))).isEqualTo("sequence value (mT)");
        assertThat(SweepReport.trendsCsv(sweep)).startsWith("run,sequence (mT),status,fom\n");
    }

    @Test
    void aRunOfFilesPerDataSetNamesEachDataSetsFile() throws Exception {
        Files.writeString(dir.resolve(SweepData.SWEEP_JSON), """
                {"runCount": 1, "runs": [{"id": "r1", "model": "/m.yaml", "data": null,
                  "dataSets": {"film in D2O": "/d/d2o-65A.dat", "film in H2O": "/d/h2o-65A.dat"}}]}
                """);
        assertThat(SweepData.read(dir).runs().get(0).data())
                .isEqualTo("film in D2O: d2o-65A.dat, film in H2O: h2o-65A.dat");
    }

    @Test
    void aSweepJsonWithoutAxisKeepsTheOldNames() throws Exception {
        SweepData sweep = sweep("");
        assertThat(xLabel(SweepReport.charts(sweep))).isEqualTo("sequence value");
        assertThat(SweepReport.trendsCsv(sweep)).startsWith("run,sequence,status,fom\n");
        assertThat(sweep.sequenceText(sweep.runs().get(0))).isEqualTo("sequence value 250");
    }
}
