package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * model.json records each curve component's declared kind and own parameters, taken from the model's
 * layout, not guessed from parameter names.
 */
class CurveComponentSummaryTest {

    @TempDir
    Path dir;

    private static JsonNode modelJson(Model model, Path run) throws Exception {
        model.withGenerations(2).withPopulation(8).fit().write(run);
        return new ObjectMapper().readTree(run.resolve(ResultFiles.MODEL_JSON).toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void thePeaksExampleListsFourGaussiansAndAConstantBackground() throws Exception {
        JsonNode model = modelJson(Evofit.load(Path.of("../examples/peaks/model.yaml")), dir.resolve("run"));
        JsonNode components = model.path("components");
        List<String> names = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        components.forEach(c -> {
            names.add(c.path("name").asText());
            kinds.add(c.path("kind").asText());
        });
        assertThat(names).containsExactly("g1", "g2", "g3", "g4", "bkg");
        assertThat(kinds).containsExactly("gaussian", "gaussian", "gaussian", "gaussian", "constant");
        assertThat(texts(components.get(0).path("parameters"))).containsExactly("height", "center", "sigma");
        assertThat(texts(components.get(4).path("parameters"))).containsExactly("value");
    }

    @Test
    void kindsComeFromTheDeclarationEvenWhenNamesSuggestOthers() throws Exception {
        double[] x = new double[41];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = -2 + 0.1 * i;
            y[i] = 1 / (1 + x[i] * x[i]) + 0.5 * Math.exp(-x[i] * x[i] / 2);
        }
        // A Voigt called "gaussian", an expression called "lorentzian" whose parameters are those of a
        // Lorentzian, and a polynomial called "constant": a name-based guess gets every one wrong.
        Model model = Evofit.curve()
                .voigt("gaussian", c -> c.set("area", 1, 0.1, 3).set("center", 0).set("sigma", 0.5).set("gamma", 0.5))
                .expression("lorentzian", "height/(1+((x-center)/gamma)*((x-center)/gamma))",
                        List.of("height", "center", "gamma"),
                        c -> c.set("height", 1, 0.1, 2).set("center", 0).set("gamma", 1))
                .polynomial("constant", 1, c -> c.set("c0", 0).set("c1", 0))
                .data("two peaks", x, y)
                .build();
        JsonNode components = modelJson(model, dir.resolve("run")).path("components");
        assertThat(components).hasSize(3);
        assertThat(components.get(0).path("name").asText()).isEqualTo("gaussian");
        assertThat(components.get(0).path("kind").asText()).isEqualTo("voigt");
        assertThat(texts(components.get(0).path("parameters"))).containsExactly("area", "center", "sigma", "gamma");
        assertThat(components.get(1).path("kind").asText()).isEqualTo("expression");
        assertThat(components.get(1).path("expression").asText())
                .isEqualTo("height/(1+((x-center)/gamma)*((x-center)/gamma))");
        assertThat(texts(components.get(1).path("parameters"))).containsExactly("height", "center", "gamma");
        assertThat(components.get(2).path("kind").asText()).isEqualTo("polynomial");
        assertThat(components.get(2).path("degree").asInt()).isEqualTo(1);
        assertThat(texts(components.get(2).path("parameters"))).containsExactly("c0", "c1");
    }

    @Test
    void withoutALayoutComponentsAreGroupedByPrefixAndNoKindIsGuessed() {
        Model built = Evofit.curve()
                .voigt("gaussian", c -> c.set("area", 1, 0.1, 3))
                .data("d", new double[] {-1, 0, 1}, new double[] {0.2, 1, 0.2})
                .build();
        ModelDefinition d = built.definition();
        // What a model script gives: the same problem, no declared structure.
        JsonNode components = ModelSummary.of(new ModelDefinition(d.source(), d.problem(), d.settings(),
                d.dataSources())).path("components");
        assertThat(components).hasSize(1);
        assertThat(components.get(0).path("name").asText()).isEqualTo("gaussian");
        assertThat(components.get(0).has("kind")).isFalse();
        assertThat(texts(components.get(0).path("parameters"))).containsExactly("area", "center", "sigma", "gamma");
    }
}
