package org.evofit.wrapper.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * model.json and result.json as the streaming writers write them are the texts Jackson's databind writes for the same
 * records from their annotations (the result files' format before the writers, and what {@link ModelJson#toTree}
 * still uses): every optional key present and absent, null facts, awkward strings and every kind of double.
 */
class JsonTextTest {

    private static final String AWKWARD = "say \"hi\"\n\t\\ Å² \u0001";

    private static String databind(Object value, boolean finite) {
        return JsonFiles.format(finite ? JsonFiles.FINITE : JsonFiles.PLAIN, value);
    }

    @Test
    void resultJsonWithEveryOptionalKeyIsDatabindsText() {
        ResultJson full = new ResultJson("1.0", AWKWARD, 0.125, "chi2bars", "sum", Double.NaN, "best/1/bin",
                -42, 2, 30, 100, 3000, 1.25, Double.POSITIVE_INFINITY, "GENERATIONS", true,
                List.of(new ResultJson.ExcludedPoints("d", 111, 40, 40, "d.ort: 40 of 111 points"),
                        new ResultJson.ExcludedPoints(null, 0, 0, 0, null)),
                List.of("first", AWKWARD),
                new ResultJson.Errors("log10(Y) - log10(S)", ResultJson.Errors.SCALE, 0.0025, 120, 117, 1.05,
                        Double.NEGATIVE_INFINITY, ResultJson.Errors.PROFILE),
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z",
                new ResultJson.Provenance("1.0", "abc", "/m.yaml", null, null, Boolean.FALSE, Boolean.TRUE,
                        new ResultJson.Jvm("17", null), new ResultJson.Os("Linux", "amd64")),
                List.of(new ResultJson.Parameter("a, b", 0.1, true, -1e300, 1, Double.NaN, -0.0, 4.9e-324),
                        new ResultJson.Parameter("c", 1.0 / 3, false, 0, 1.7976931348623157e308, 1e-7, -0.5, 0,
                                "upper")));
        assertThat(full.format()).isEqualTo(databind(full, true));
    }

    @Test
    void resultJsonWithoutOptionalKeysIsDatabindsText() {
        ResultJson bare = new ResultJson("1.0", null, 1, "log", 1, "s", 1, 1, 1, 1, 1, 1, 1, "GENERATIONS", false,
                List.of(), null, "", "", null, List.of());
        assertThat(bare.format()).isEqualTo(databind(bare, true));
        ResultJson unknownPlatform = new ResultJson("1.0", "/m.yaml", 2, "log", 3, "s", 4, 5, 6, 7, 8, 9, 10, "STALL",
                true, List.of(), new ResultJson.Errors(null, null, Double.NaN, 0, 0, 0, 0, null), null, null,
                new ResultJson.Provenance(null, null, null, null, null, null, null, null, null),
                List.of(new ResultJson.Parameter(null, 0, true, 0, 0, 0, 0, 0)));
        assertThat(unknownPlatform.format()).isEqualTo(databind(unknownPlatform, true));
    }

    @Test
    void reflectivityModelJsonIsDatabindsText() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("film.d", "Å");
        units.put("inst.I0", "");
        units.put(AWKWARD, null);
        ModelJson refl = new ModelJson("reflectivity", "/m.yaml", "log", new ModelJson.Axis("Q", "1/Å"),
                new ModelJson.Axis("reflectivity", ""), true,
                new ModelJson.Instrument("neutron", 4.4, "q", "accurate res.dat", "no corr"),
                new ModelJson.Sample("amb", "sub", List.of(new ModelJson.Stack("ML", List.of("a", "b"), 3),
                        new ModelJson.Stack("none", null, 0)),
                        List.of(new ModelJson.Layer("a", "formula", "Fe"), new ModelJson.Layer("b", "sld", null))),
                null, List.of(new ModelJson.DataSetEntry("d", null, 10, false),
                        new ModelJson.DataSetEntry("e", "e.ort", 0, true, null, null, "++")), units);
        assertThat(refl.format()).isEqualTo(databind(refl, false));
        ModelJson odd = new ModelJson("reflectivity", null, "log", null, new ModelJson.Axis(null, null), false,
                new ModelJson.Instrument(null, Double.NaN, null, null, null),
                new ModelJson.Sample(null, null, null, null), null, List.of(), Map.of());
        assertThat(odd.format()).isEqualTo(databind(odd, false));
    }

    @Test
    void curveAndJointModelJsonAreDatabindsText() {
        ModelJson curve = new ModelJson("curve", null, "chi2", new ModelJson.Axis("x", ""), new ModelJson.Axis("y", ""),
                false, null, null, List.of(new ModelJson.Component("p", "polynomial", 2, null, List.of("c0", "c1")),
                        new ModelJson.Component("e", "expression", null, "a*x + " + AWKWARD, List.of()),
                        new ModelJson.Component(null, null, null, null, null)),
                List.of(new ModelJson.DataSetEntry("peaks", "peaks.dat", 301, true)), Map.of("p.c0", ""));
        assertThat(curve.format()).isEqualTo(databind(curve, false));
        Map<String, ModelJson.Sample> samples = new LinkedHashMap<>();
        samples.put("s1", new ModelJson.Sample("amb", "Si", List.of(), List.of()));
        samples.put("s0", null);
        Map<String, ModelJson.Instrument> instruments = new LinkedHashMap<>();
        instruments.put("xray", new ModelJson.Instrument("x-ray", 1.54, "2θ", "none", "gauss beam"));
        instruments.put("nr", null);
        ModelJson joint = new ModelJson("reflectivity", "/j.yaml", "log", new ModelJson.Axis("x", ""),
                new ModelJson.Axis("reflectivity", ""), true, null, null, null,
                List.of(new ModelJson.DataSetEntry("a", "a.dat", 5, true, "s1", "xray", null),
                        new ModelJson.DataSetEntry("b", null, 6, false, "s0", "nr", "--")),
                Map.of(), samples, instruments);
        assertThat(joint.format()).isEqualTo(databind(joint, false));
        ModelJson noJoint = new ModelJson("reflectivity", "/j.yaml", "log", null, null, true, null, null, null,
                List.of(), Map.of(), Map.of(), Map.of());
        assertThat(noJoint.format()).isEqualTo(databind(noJoint, false));
    }
}
