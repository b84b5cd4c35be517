package org.evofit.wrapper.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every result file's record reads back equal to what was written, awkward names and doubles included. */
class ResultRecordsRoundTripTest {

    private static final List<String> NAMES = List.of("plain", "a, b", "say \"hi\"", "two\nlines", "#hash", " lead",
            "trail ", "Å²");
    private static final double[] VALUES = {0.1, -0.0, 4.9e-324, 1.7976931348623157e308, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0 / 3};

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void parameterRowsRoundTrip() throws Exception {
        List<ParameterRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            double v = VALUES[i];
            rows.add(new ParameterRow(NAMES.get(i), v, i % 2 == 0, -v, v * 2, v / 3, -v, v, i == 0 ? "" : "1e-6/Å²"));
        }
        assertThat(ParameterRow.read(write("parameters.csv", ParameterRow.format(rows)))).isEqualTo(rows);
    }

    @Test
    void fitRowsRoundTripWithTheUnitOfXAndMissingErrors() throws Exception {
        List<FitRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(new FitRow(NAMES.get(i), VALUES[i], i, i % 3 == 0 ? null : VALUES[i], -VALUES[i], 1e-300 * i));
        }
        for (String unit : List.of("", "deg", "1/Å")) {
            FitRow.Table table = new FitRow.Table(unit, rows);
            String text = FitRow.format(table);
            assertThat(text).startsWith(unit.isEmpty() ? "dataset,x,y" : "dataset,x (" + unit + "),y");
            assertThat(FitRow.read(write("fit.csv", text))).isEqualTo(table);
        }
    }

    @Test
    void historyAndSldRowsRoundTrip() throws Exception {
        List<HistoryRow> history = HistoryRow.of(VALUES);
        assertThat(HistoryRow.read(write("history.csv", HistoryRow.format(history)))).isEqualTo(history);
        List<SldRow> sld = List.of(new SldRow(0, 2.07, -0.0), new SldRow(1e-3, Double.NaN, 4.9e-324));
        String text = SldRow.format(sld);
        assertThat(text).startsWith("z (Å),sld (1e-6/Å²),isld (1e-6/Å²)\n");
        assertThat(SldRow.read(write("sld.csv", text))).isEqualTo(sld);
        List<SldRow> magnetic = List.of(new SldRow(-20, 0, 0, 1e-9, 240), new SldRow(50, 8.02, 0.01, 3.7, 359.5));
        String magneticText = SldRow.format(magnetic);
        assertThat(magneticText).startsWith("z (Å),sld (1e-6/Å²),isld (1e-6/Å²),rhoM (1e-6/Å²),thetaM (deg)\n");
        assertThat(SldRow.read(write("sld.csv", magneticText))).isEqualTo(magnetic);
    }

    @Test
    void resultJsonRoundTripsWithNonFiniteNumbersAsNull() throws Exception {
        ResultJson result = new ResultJson("1.0", null, Double.NaN, "chi2bars", 1.5, "best/1/bin", 42, 2, 30, 100,
                3000, 1.25, 2400.5, "GENERATIONS", true,
                List.of(new ResultJson.ExcludedPoints("d", 111, 40, 40, "d.ort: 40 of 111 points ...")),
                new ResultJson.Errors("log10(Y) - log10(S)", ResultJson.Errors.SCALE, 0.0025, 120, 117, 1.05, 0.105, ResultJson.Errors.PROFILE),
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z",
                new ResultJson.Provenance("1.0", "abc", "/m.yaml", null, null, null, Boolean.TRUE,
                        new ResultJson.Jvm("17", "x"), new ResultJson.Os("Linux", "amd64")),
                List.of(new ResultJson.Parameter("a, b", 0.1, true, -1e300, 1, Double.NaN, -0.0, 2),
                        new ResultJson.Parameter("c", 1, true, 0, 1, Double.NaN, -0.5, 0, "upper")));
        String text = result.format();
        assertThat(text).contains("\"fom\" : null", "\"error\" : null", "\"modelSha256\" : null").endsWith("}\n");
        assertThat(ResultJson.read(write("result.json", text))).isEqualTo(result);
        // JSON has no infinity: an infinite bound is written as null and so reads back as NaN.
        ResultJson.Parameter unbounded = new ResultJson.Parameter("x", 1, false, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 0, 0, 0);
        String written = new ResultJson("1.0", null, 1, "log", 1, "s", 1, 1, 1, 1, 1, 1, 1, "GENERATIONS", false,
                List.of(), null, "", "", null, List.of(unbounded)).format();
        assertThat(written).contains("\"min\" : null", "\"max\" : null", "\"provenance\" : null");
        // A fit that used every point says nothing about excluded points, as result files always did.
        assertThat(written).doesNotContain("excludedPoints");
        // Nor about error bars it has none of, nor bounds no parameter is at.
        assertThat(written).doesNotContain("\"errors\"", "atBound");
        assertThat(text).contains("\"atBound\" : \"upper\"", "\"residuals\" : \"log10(Y) - log10(S)\"");
        assertThat(text).contains("\"excluded\" : 40");
        assertThat(ResultJson.read(write("result.json", written)).parameters().get(0).min()).isNaN();
    }

    @Test
    void modelJsonRoundTripsForBothKinds() throws Exception {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("film.d", "Å");
        units.put("inst.I0", "");
        ModelJson refl = new ModelJson("reflectivity", "/m.yaml", "log", new ModelJson.Axis("Q", "1/Å"),
                new ModelJson.Axis("reflectivity", ""), true,
                new ModelJson.Instrument("neutron", 4.4, "q", "none", "no corr"),
                new ModelJson.Sample("amb", "sub", List.of(new ModelJson.Stack("ML", List.of("a", "b"), 3)),
                        List.of(new ModelJson.Layer("a", "formula", "Fe"), new ModelJson.Layer("b", "sld", null))),
                null, List.of(new ModelJson.DataSetEntry("d", null, 10, false)), units);
        assertThat(refl.format()).doesNotContain("components");
        assertThat(ModelJson.read(write("model.json", refl.format()))).isEqualTo(refl);
        ModelJson curve = new ModelJson("curve", null, "chi2", new ModelJson.Axis("x", ""), new ModelJson.Axis("y", ""),
                false, null, null, List.of(new ModelJson.Component("p", "polynomial", 2, null, List.of("c0")),
                        new ModelJson.Component("g", null, null, null, List.of("area"))),
                List.of(), Map.of());
        assertThat(curve.format()).doesNotContain("instrument", "sample", "expression");
        assertThat(ModelJson.read(write("model.json", curve.format()))).isEqualTo(curve);
    }

    @Test
    void sweepJsonWritesSequenceKeysOnlyForSequenceRunsAndRoundTrips() throws Exception {
        SweepJson.Run plain = new SweepJson.Run("r1", "/m.yaml", null, Map.of("a.d", 1.5), 7, null, null, false,
                null, null, Map.of("generations", "10"));
        SweepJson.Run first = new SweepJson.Run("r2", "/m.yaml", "/d.dat", Map.of(), 7, 250.0, null, true,
                "temperature", null, Map.of());
        SweepJson plan = SweepJson.of(List.of(plain, first));
        String text = plan.format();
        assertThat(text.substring(0, text.indexOf("\"r2\""))).doesNotContain("sequence", "startFrom", "adjustBounds");
        assertThat(text.substring(text.indexOf("\"r2\""))).contains("\"startFrom\" : null", "\"adjustBounds\" : true",
                "\"sequenceLabel\" : \"temperature\"").doesNotContain("sequenceUnit");
        assertThat(SweepJson.read(write("sweep.json", text))).isEqualTo(plan);
    }

    @Test
    void summaryRowsRoundTripWithAndWithoutSequence() throws Exception {
        List<Estimate> some = List.of(new Estimate(1.5, null), new Estimate(-0.0, 4.9e-324));
        List<SummaryRow> rows = List.of(
                new SummaryRow("a1", "/m, odd.yaml", "", 7, 250.0, "ok", 0.5, some, ""),
                new SummaryRow("b2", "/m.yaml", "/d.dat", -3, null, "failed", null,
                        List.of(Estimate.NONE, Estimate.NONE), "line 1\nsaid \"no\""));
        for (boolean sequence : List.of(true, false)) {
            List<SummaryRow> expected = sequence ? rows : rows.stream().map(r -> new SummaryRow(r.id(), r.model(),
                    r.data(), r.seed(), null, r.status(), r.fom(), r.parameters(), r.message())).toList();
            SummaryRow.Table table = new SummaryRow.Table(sequence, List.of("film.d", "a, b"), expected);
            String text = SummaryRow.format(table);
            assertThat(text).startsWith(sequence ? "id,model,data,seed,sequence,status,fom,film.d,film.d.error,"
                    : "id,model,data,seed,status,fom,film.d,film.d.error,");
            assertThat(SummaryRow.read(write("summary.csv", text))).isEqualTo(table);
        }
    }

    @Test
    void trendRowsRoundTripWithUnitsInTheColumnNames() throws Exception {
        TrendRow.Table table = new TrendRow.Table("temperature (K)",
                List.of(new TrendRow.Parameter("film.d", "Å"), new TrendRow.Parameter("scale", "")),
                List.of(new TrendRow("r1", 50, "ok", Double.NaN,
                                List.of(new Estimate(10.5, 0.25), new Estimate(1.0, Double.NaN))),
                        new TrendRow("r2", 100, "pending", null, List.of(Estimate.NONE, Estimate.NONE))));
        String text = TrendRow.format(table);
        assertThat(text).startsWith("run,temperature (K),status,fom,film.d (Å),film.d.error (Å),scale,scale.error\n");
        assertThat(TrendRow.read(write("trends.csv", text))).isEqualTo(table);
    }
}
