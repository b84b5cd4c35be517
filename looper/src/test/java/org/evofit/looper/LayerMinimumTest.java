package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (same class as #9): a sweep's start values and a chained run's re-centred bounds cannot
 * take a layer's thickness below 0 either; the sweep's value is refused at its line, and adjustBounds
 * stops a thickness's min at 0 (narrowing the bounds) rather than failing the run of a film that thins
 * along a sequence. A previous value below 0 (an edited result.json) is refused naming the parameter,
 * its layer and the bounds adjustBounds made.
 */
class LayerMinimumTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        Fixture.write(dir.resolve("film.yaml"), """
                kind: reflectivity
                instrument: {probe: x-ray, wavelength: 1.54, coords: q}
                layers:
                  Amb: {sld: 0}
                  Film: {sld: 60, d: {value: 30, min: 2, max: 42}, sigma: 3}
                  Thin: {sld: 30, d: 10}
                  Sub: {sld: 20, sigma: 2}
                sample: {ambient: Amb, stacks: [{name: s, layers: [Thin, Film]}], substrate: Sub}
                data: [{file: r.dat, columns: {x: 0, y: 1}}]
                fom: log
                """);
        Fixture.write(dir.resolve("r.dat"), "0.01 1\n0.02 0.5\n0.03 0.01\n0.04 0.001\n0.05 0.0005\n");
    }

    @Test
    void aSweepStartValueBelowTheMinimumIsRefusedAtItsLine() {
        Path sweep = Fixture.write(dir.resolve("sweep.yaml"), "models: film.yaml\nvary:\n  Thin.d: [5, -5]\n");
        Throwable t = catchThrowable(() -> SweepPlan.expand(SweepFile.read(sweep)));

        assertThat(t).isInstanceOf(ModelFileException.class);
        ModelFileException e = (ModelFileException) t;
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("sweep.yaml:3:")
                .contains("Thin.d (thickness, layer Thin) cannot be negative, but its value is -5.0");
        Path good = Fixture.write(sweep, "models: film.yaml\nvary:\n  Thin.d: [0, 5]\n");
        assertThat(SweepPlan.expand(SweepFile.read(good))).hasSize(2);
    }

    @Test
    void boundsReCentredBelowTheMinimumStopAtIt() {
        ModelDefinition model = ModelFiles.load(dir.resolve("film.yaml"));

        // Width 40 around 5 would be [-15, 25]: the min stops at the thickness's 0.
        ModelDefinition thinned = ChainStart.apply(model, previous(5), true);
        assertThat(thinned.problem().parameters().get(thinned.problem().slotOf("Film.d")))
                .isEqualTo(new Parameter("Film.d", 5, true, 0, 25));
        ModelDefinition moved = ChainStart.apply(model, previous(25), true);
        assertThat(moved.problem().parameters().get(moved.problem().slotOf("Film.d")))
                .isEqualTo(new Parameter("Film.d", 25, true, 5, 45));
        ModelDefinition atZero = ChainStart.apply(model, previous(0), true);
        assertThat(atZero.problem().parameters().get(atZero.problem().slotOf("Film.d")))
                .isEqualTo(new Parameter("Film.d", 0, true, 0, 20));
    }

    @Test
    void aPreviousValueBelowTheMinimumIsRefusedNamingTheLayerAndTheBounds() {
        ModelDefinition model = ModelFiles.load(dir.resolve("film.yaml"));

        assertThatThrownBy(() -> ChainStart.apply(model, previous(-5), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adjustBounds moved the bounds of Film.d to [-25.0, 15.0]")
                .hasMessageContaining("Film.d (thickness, layer Film) cannot be negative, but its value is -5.0");
    }

    private static ObjectNode previous(double filmD) {
        ObjectNode previous = new ObjectMapper().createObjectNode();
        previous.putArray("parameters").addObject().put("name", "Film.d").put("value", filmD).put("fit", true);
        return previous;
    }
}
