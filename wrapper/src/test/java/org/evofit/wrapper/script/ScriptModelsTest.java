package org.evofit.wrapper.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.core.de.GenerationListener;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;

class ScriptModelsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/script");

    @Test
    void aScriptAndAModelFileOfTheSameFilmSimulateTheSame() {
        FitProblem yaml = ModelFiles.load(RESOURCES.resolve("film.yaml")).problem();
        FitProblem script = ModelFiles.load(RESOURCES.resolve("film.java")).problem();
        assertThat(script.freeNames()).containsExactly("Fe.d");
        assertThat(yaml.freeNames()).containsExactly("Fe.d");

        for (double thickness : new double[] {100, 63.5, 141.25}) {
            double[] expected = yaml.simulate(yaml.values(new double[] {thickness}))[0];
            double[] actual = script.simulate(script.values(new double[] {thickness}))[0];
            assertThat(actual).hasSameSizeAs(expected);
            assertThat(expected[0]).isGreaterThan(0.1);   // below the critical edge: a real curve
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-12 * Math.abs(expected[i])));
            }
        }
    }

    @Test
    void theGradientExampleFitsBackTheValuesItsDataWereMadeWith() {
        ModelDefinition model = ScriptModels.load(Path.of("../examples/script-coupled/model.java"));
        FitProblem problem = model.problem();
        assertThat(problem.freeNames()).containsExactly("d0", "delta", "dSi", "sigma");
        assertThat(model.dataSources()).singleElement()
                .satisfies(s -> assertThat(s.file().getFileName()).hasToString("graded.dat"));

        FitResult result = Fitter.fit(problem, model.settings().withDe(model.settings().de()
                .withGenerations(120)).withThreads(2), GenerationListener.NONE);

        double[] best = result.values();
        assertThat(best[problem.slotOf("d0")]).isCloseTo(20.0, within(0.1));
        assertThat(best[problem.slotOf("delta")]).isCloseTo(0.8, within(0.02));
        assertThat(best[problem.slotOf("dSi")]).isCloseTo(30.0, within(0.1));
        assertThat(best[problem.slotOf("sigma")]).isCloseTo(3.0, within(0.1));
    }

    @Test
    void eachThreadHasItsOwnScriptSoMoreThreadsFitTheSame() {
        ModelDefinition model = ScriptModels.load(Path.of("../examples/script-coupled/model.java"));
        FitResult one = Fitter.fit(model.problem(), model.settings().withDe(model.settings().de()
                .withGenerations(15)).withThreads(1), GenerationListener.NONE);
        FitResult four = Fitter.fit(model.problem(), model.settings().withDe(model.settings().de()
                .withGenerations(15)).withThreads(4), GenerationListener.NONE);

        assertThat(four.values()).containsExactly(one.values());
        assertThat(four.fom()).isEqualTo(one.fom());
    }

    @Test
    void aScriptThatDoesNotCompileIsReportedAtItsLine() {
        Path file = RESOURCES.resolve("broken.java");
        assertThatThrownBy(() -> ModelFiles.load(file))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.column()).isEqualTo(18);
                    assertThat(e.detail()).startsWith("cannot find symbol").contains("undefinedThickness");
                })
                .hasMessageStartingWith(file + ":15:18: cannot find symbol");
    }

    @Test
    void aScriptThatFailsInDefineIsReportedAtTheLineThatThrew() {
        Path file = RESOURCES.resolve("failing.java");
        assertThatThrownBy(() -> ScriptModels.load(file))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":11: no thickness table");
    }

    @Test
    void anUnchangedScriptIsCompiledOnce() throws Exception {
        Path file = RESOURCES.resolve("film.java");
        String source = java.nio.file.Files.readString(file);
        assertThat(ScriptCompiler.compile(file, source)).isEqualTo(ScriptCompiler.compile(file, source));
        assertThat(ScriptCompiler.compile(file, source + "\n// changed\n"))
                .isNotEqualTo(ScriptCompiler.compile(file, source));
    }
}
