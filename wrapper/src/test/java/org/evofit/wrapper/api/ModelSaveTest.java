package org.evofit.wrapper.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.evofit.core.de.GenerationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Model#save} writes a model file that loads into the same model: the same parameters in the
 * same order, the same simulation bit for bit and the same fit for a seed, for models built in code
 * and models loaded from files.
 */
class ModelSaveTest {

    @TempDir
    Path dir;

    private static final double[] X = IntStream.range(0, 201).mapToDouble(i -> 40 + 0.1 * i).toArray();

    /** Every component kind, a variable, a coupling, a fit range and non-default optimizer settings. */
    private static CurveBuilder peaks() {
        return Evofit.curve()
                .gaussian("g1", c -> c.set("height", 2000, 1000, 2500).set("center", 49.8, 49.5, 50.5).set("sigma", 0.2))
                .lorentzian("l1", c -> c.set("height", 300, 100, 600).set("center", 47.6, 47, 48).set("gamma", 0.3))
                .voigt("v1", c -> c.set("area", 150, 50, 300).set("center", 45.5, 45, 46).set("sigma", 0.2)
                        .set("gamma", 0.1, 0.01, 0.5))
                .pseudoVoigt("p1", c -> c.set("height", 400, 200, 600).set("center", 51, 50.5, 51.5).set("fwhm", 0.4)
                        .set("eta", 0.5, 0, 1))
                .polynomial("slope", 1, c -> c.set("c0", 20).set("c1", 0.5, 0, 1))
                .exponential("decay", c -> c.set("amplitude", 1e-3).set("rate", 0.1))
                .expression("tail", "a*exp(-(x - 40)/t)", List.of("a", "t"), c -> c.set("a", 50, 0, 100).set("t", 2))
                .constant("bkg", c -> c.set("value", 100, 75, 125))
                .variable("width", 0.2, 0.1, 0.4)
                .couple("g1.sigma = width")
                .fom("chi2bars").strategy("rand_1_bin").generations(40).population(20).seed(11);
    }

    /** Noisy data from the model itself, so that fits have something to find. */
    private static CurveBuilder withData(CurveBuilder b) {
        double[] truth = b.data("peaks", X, new double[X.length], ones()).build()
                .simulate(Map.of("g1.center", 49.9, "width", 0.25)).get(0).model();
        Random random = new Random(5);
        double[] y = new double[X.length];
        double[] error = new double[X.length];
        for (int i = 0; i < y.length; i++) {
            error[i] = Math.sqrt(truth[i]);
            y[i] = truth[i] + error[i] * random.nextGaussian();
        }
        return b.data("peaks", X, y, error).range("peaks", 41, 58.5);
    }

    private static double[] ones() {
        double[] e = new double[X.length];
        java.util.Arrays.fill(e, 1);
        return e;
    }

    @Test
    void curveBuiltInCodeSavesAndLoadsAsTheSameModel() throws IOException {
        Model built = withData(peaks()).build();
        Path file = dir.resolve("peaks.yaml");

        List<Path> written = built.save(file);

        assertThat(written).containsExactly(file, dir.resolve("peaks.peaks.dat"));
        Model loaded = Evofit.load(file);
        assertThat(loaded.parameters()).containsExactlyElementsOf(built.parameters());
        assertThat(loaded.simulate().get(0).model()).containsExactly(built.simulate().get(0).model());
        assertThat(loaded.simulate().get(0).y()).containsExactly(built.simulate().get(0).y());
        assertThat(loaded.definition().problem().dataSets().get(0).error())
                .containsExactly(built.definition().problem().dataSets().get(0).error());
        assertThat(loaded.definition().settings()).isEqualTo(built.definition().settings());

        Fit a = built.fit();
        Fit b = loaded.fit();
        assertThat(b.fom()).isEqualTo(a.fom());
        assertThat(b.parameters()).containsExactlyElementsOf(a.parameters());

        String yaml = Files.readString(file);
        assertThat(yaml).contains("kind: curve")
                .contains("  - name: g1\n    kind: gaussian\n    height: {value: 2000, min: 1000, max: 2500}\n")
                .contains("    kind: polynomial\n    degree: 1\n    c0: 20\n    c1: {value: 0.5, min: 0, max: 1}\n")
                .contains("    expression: \"a*exp(-(x - 40)/t)\"\n    parameters: [a, t]\n")
                .contains("variables:\n  width: {value: 0.2, min: 0.1, max: 0.4}\n")
                .contains("couplings:\n  - \"g1.sigma = width\"\n")
                .contains("    file: \"peaks.peaks.dat\"\n    columns: {x: 0, y: 1, error: 2}\n    range: {xmin: 41, xmax: 58.5}\n")
                .contains("fom: chi2bars\n").contains("  strategy: rand_1_bin\n").contains("  generations: 40\n")
                .contains("  seed: 11\n");
    }

    @Test
    void reflectivityBuiltInCodeSavesAndLoadsAsTheSameModel() throws IOException {
        double[] x = IntStream.range(0, 150).mapToDouble(i -> 0.3 + 0.03 * i).toArray();
        ReflectivityBuilder builder = Evofit.reflectivity().xray(1.54).twoTheta()
                .i0(1, 0.5, 2).background(1e-7)
                .resolution("fast conv", 0.005)
                .layer("Amb", l -> l.sld(0, 0))
                .layer("Film", l -> l.material("Fe").dens(0.07, 0.05, 0.1).d(100, 50, 150).sigma(3, 0.5, 8))
                .layer("Cap", l -> l.material("Pt").dens(0.066).d(20).sigma(2))
                .layer("Sub", l -> l.material("Si + 2*O").dens(0.0266).sigma(2, 0.5, 8))
                .ambient("Amb").stack("film", 1, "Film", "Cap").substrate("Sub")
                .variable("total", 120, 100, 150)
                .couple("Cap.d = total - Film.d")
                .data("xrr", x, new double[x.length])
                .fom("log").generations(30).population(16).seed(3);
        double[] truth = builder.build().simulate(Map.of("Film.d", 90.0)).get(0).model();
        Model built = builder.data("xrr", x, truth).build();
        Path file = dir.resolve("sub/film.yaml");

        built.save(file);

        Model loaded = Evofit.load(file);
        assertThat(loaded.parameters()).containsExactlyElementsOf(built.parameters());
        assertThat(loaded.simulate().get(0).model()).containsExactly(built.simulate().get(0).model());
        Fit a = built.fit();
        Fit b = loaded.fit();
        assertThat(b.fom()).isEqualTo(a.fom());
        assertThat(b.parameters()).containsExactlyElementsOf(a.parameters());

        String yaml = Files.readString(file);
        assertThat(yaml).contains("kind: reflectivity\n").contains("  I0: {value: 1, min: 0.5, max: 2}\n")
                .contains("  resolution:\n    type: fast conv\n    sigma: 0.005\n")
                .contains("  Film:\n    material: Fe\n    d: {value: 100, min: 50, max: 150}\n"
                        + "    sigma: {value: 3, min: 0.5, max: 8}\n    dens: {value: 0.07, min: 0.05, max: 0.1}\n")
                .doesNotContain("f_re").contains("      layers: [Film, Cap]\n")
                .contains("variables:\n  total: {value: 120, min: 100, max: 150}\n")
                .contains("couplings:\n  - \"Cap.d = total - Film.d\"\n")
                .contains("    file: \"film.xrr.dat\"\n    columns: {x: 0, y: 1}\n");
        assertThat(dir.resolve("sub/film.xrr.dat")).exists();
    }

    @Test
    void modelsLoadedFromFilesSaveElsewhereAndStillFindTheirData() throws IOException {
        for (String example : List.of("../examples/peaks/model.yaml", "../examples/xray-multilayer/model.yaml")) {
            Model original = Evofit.load(Path.of(example));
            Path file = dir.resolve("copies").resolve(Path.of(example).getParent().getFileName() + ".yaml");

            assertThat(original.save(file)).containsExactly(file);

            Model loaded = Evofit.load(file);
            assertThat(loaded.parameters()).as(example).containsExactlyElementsOf(original.parameters());
            assertThat(loaded.simulate().get(0).model()).as(example)
                    .containsExactly(original.simulate().get(0).model());
            assertThat(loaded.definition().settings()).isEqualTo(original.definition().settings());
            assertThat(loaded.definition().problem().figureOfMerit().name())
                    .isEqualTo(original.definition().problem().figureOfMerit().name());
        }
        String xray = Files.readString(dir.resolve("copies/xray-multilayer.yaml"));
        assertThat(xray).contains("kind: reflectivity").contains("  probe: x-ray\n")
                .containsPattern("    file: \"(\\.\\./)+.*examples/xray-multilayer/xray-tutorial.dat\"\n")
                .contains("  Fe:\n    material: Fe\n");
    }

    @Test
    void aFittedModelSavesItsFittedValuesAsStartValues() {
        Model built = withData(peaks()).build();
        Fit fit = built.fit();
        Path file = dir.resolve("fitted.yaml");

        fit.fittedModel().save(file);

        Model loaded = Evofit.load(file);
        for (var p : fit.parameters()) {
            if (p.fit()) {
                assertThat(loaded.definition().problem().parameters().get(loaded.definition().problem().slotOf(p.name()))
                        .value()).as(p.name()).isEqualTo(p.value());
            }
        }
        assertThat(loaded.definition().problem().fomOf(loaded.definition().problem().startValues()))
                .isEqualTo(fit.fom());
    }

    @Test
    void aListenerHearsEveryGenerationAndErrorBarsAreThere() {
        Model built = withData(peaks()).build().withGenerations(400).withStrategy("best_1_bin");
        List<GenerationReport> heard = new java.util.ArrayList<>();

        Fit fit = built.fit(heard::add);

        assertThat(heard).extracting(GenerationReport::generation)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, 400).boxed().toList());
        assertThat(fit.error("g1.height")).isPositive().isFinite();
        assertThat(fit.errorBar("g1.height")[0]).isLessThanOrEqualTo(0);
        assertThat(fit.errorBar("g1.height")[1]).isGreaterThanOrEqualTo(0);
        assertThat(fit.error("bkg.value")).isPositive();
    }

    @Test
    void aModelScriptIsRefusedAndNothingIsWritten() throws IOException {
        Path script = dir.resolve("film.java");
        try (var in = getClass().getResourceAsStream("/script/film.java")) {
            Files.copy(in, script);
        }
        try (var in = getClass().getResourceAsStream("/script/film.dat")) {
            Files.copy(in, dir.resolve("film.dat"));
        }
        Model model = Evofit.load(script);
        Path file = dir.resolve("out/film.yaml");

        assertThatThrownBy(() -> model.save(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model script");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * Issue 13's class (nothing silently lost): data given as arrays with a NaN used to be written as "NaN" into
     * the data file, which then refused to load. Saving refuses it, naming the point, and writes nothing.
     */
    @Test
    void dataWithANonFiniteValueIsRefusedAndNothingIsWritten() throws IOException {
        double[] y = new double[X.length];
        java.util.Arrays.fill(y, 1);
        y[7] = Double.NaN;
        Model model = peaks().data("peaks", X, y, ones()).build();
        Path file = dir.resolve("nan.yaml");

        assertThatThrownBy(() -> model.save(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data set 'peaks': point 7 (x = 40.7) has y = NaN")
                .hasMessageContaining("nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownComponentParameterIsNamed() {
        assertThatThrownBy(() -> Evofit.curve().gaussian("g", c -> c.set("width", 1)).data("d", X, X).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width").hasMessageContaining("height, center, sigma");
    }
}
