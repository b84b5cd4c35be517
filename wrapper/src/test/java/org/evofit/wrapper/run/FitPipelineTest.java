package org.evofit.wrapper.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Fit;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.provenance.Sha256;
import org.evofit.wrapper.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitPipelineTest {

    private static final Path SCRIPT = Path.of("../examples/script-coupled/model.java").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** A short fit of the example script, on two threads. */
    private static ModelDefinition quick(ModelDefinition model) {
        return model.withSettings(model.settings().withDe(model.settings().de().withGenerations(10)).withThreads(2));
    }

    @Test
    void theApiFitsAScriptThroughThePipelineAndWritesTheSameFilesWithProvenance() throws IOException {
        Path piped = dir.resolve("pipeline");
        FitRun run = FitPipeline.lone().execute(SCRIPT, null, FitPipelineTest::quick, piped);

        Fit fit = Evofit.load(SCRIPT).withGenerations(10).withThreads(2).fit();
        Path api = dir.resolve("api");
        fit.write(api);

        assertThat(run.interrupted()).isFalse();
        assertThat(Double.doubleToRawLongBits(fit.fom())).isEqualTo(Double.doubleToRawLongBits(run.result().fom()));
        for (String name : new String[] {ResultFiles.PARAMETERS_CSV, ResultFiles.FIT_CSV, ResultFiles.HISTORY_CSV}) {
            assertThat(Files.readAllBytes(api.resolve(name))).as(name).isEqualTo(Files.readAllBytes(piped.resolve(name)));
        }
        for (Path out : new Path[] {piped, api}) {
            JsonNode provenance = new ObjectMapper().readTree(out.resolve(ResultFiles.RESULT_JSON).toFile()).get("provenance");
            assertThat(provenance.get("modelFile").asText()).isEqualTo(SCRIPT.toString());
            assertThat(provenance.get("modelSha256").asText()).isEqualTo(Sha256.of(SCRIPT));
        }
    }

    @Test
    void aScriptsFirstDataFileIsReplacedLikeAModelFilesKeepingItsName() throws IOException {
        Path copy = Files.copy(SCRIPT.resolveSibling("graded.dat"), dir.resolve("other.dat"));

        ModelDefinition model = ModelFiles.load(SCRIPT, copy);

        assertThat(model.dataSources()).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo(copy));
        assertThat(model.problem().dataSets()).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("graded.dat"));
    }

    @Test
    void aRefusingPreparationFitsAndWritesNothing() {
        Path out = dir.resolve("out");
        UnaryOperator<ModelDefinition> refuse = m -> {
            throw new IllegalArgumentException("refused");
        };

        assertThatThrownBy(() -> FitPipeline.lone().execute(SCRIPT, null, refuse, out)).hasMessage("refused");
        assertThat(out).doesNotExist();
    }

    @Test
    void replacingTheDataOfAScriptWithoutDataIsItsMistake() throws IOException {
        Path script = Files.writeString(dir.resolve("model.java"), """
                import org.evofit.core.data.DataSet;
                import org.evofit.wrapper.script.ModelScript;
                import org.evofit.wrapper.script.ScriptContext;
                import org.evofit.wrapper.script.Values;

                public final class NoData implements ModelScript {
                    public void define(ScriptContext c) {
                        c.parameter("a", 1, 0, 2);
                    }

                    public void simulate(Values v, int dataSet, DataSet data, double[] out) {
                    }
                }
                """);

        assertThatThrownBy(() -> ModelFiles.load(script, dir.resolve("x.dat"))).isInstanceOf(ScriptException.class)
                .hasMessageContaining("declares no data set");
    }
}
