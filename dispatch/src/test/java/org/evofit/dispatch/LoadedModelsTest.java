package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.looper.RunExecutor;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker loads a sweep's model once per content of its files: the same model again for the same files, the
 * new content after a re-plan changed them, and a failing load again each time.
 */
class LoadedModelsTest {

    @TempDir
    Path dir;

    @Test
    void aModelIsLoadedOncePerContentOfItsFiles() throws Exception {
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks");
        Path model = Files.copy(examples.resolve("model.yaml"), dir.resolve("model.yaml"));
        Files.copy(examples.resolve("peakfit_gauss.dat"), dir.resolve("peakfit_gauss.dat"));
        LoadedModels models = new LoadedModels();
        InputFiles.Local first = new InputFiles.Local(dir, Map.of(model.toString(), "hash-1"));

        ModelDefinition loaded = models.of(first, FileNames.AS_GIVEN).load(model, DataReplacement.NONE);
        assertThat(start(loaded, "bkg.value")).isEqualTo(start(ModelFiles.load(model), "bkg.value")).isEqualTo(100);
        assertThat(models.of(first, FileNames.AS_GIVEN).load(model, DataReplacement.NONE)).as("kept").isSameAs(loaded);

        // A re-plan stored new content for the model file: the worker's cache has another hash for it.
        Files.writeString(model, Files.readString(model).replace("value: {value: 100,", "value: {value: 110,"));
        InputFiles.Local second = new InputFiles.Local(dir, Map.of(model.toString(), "hash-2"));
        RunExecutor.ModelLoader replanned = models.of(second, FileNames.AS_GIVEN);
        assertThat(start(replanned.load(model, DataReplacement.NONE), "bkg.value"))
                .isEqualTo(start(ModelFiles.load(model), "bkg.value")).isEqualTo(110);

        // Another data file for the first data set is another model.
        Path other = Files.copy(examples.resolve("peakfit_gauss.dat"), dir.resolve("other.dat"));
        ModelDefinition withOther = replanned.load(model, DataReplacement.first(other));
        assertThat(withOther.dataSources().get(0).file().getFileName().toString()).isEqualTo("other.dat");
        assertThat(replanned.load(model, DataReplacement.NONE).dataSources().get(0).file().getFileName().toString())
                .isEqualTo("peakfit_gauss.dat");
    }

    @Test
    void aLoadThatFailsIsNotKept() throws Exception {
        Path model = Files.writeString(dir.resolve("model.yaml"), "kind: curve\n");
        InputFiles.Local inputs = new InputFiles.Local(dir, Map.of(model.toString(), "hash-1"));
        LoadedModels models = new LoadedModels();
        assertThatThrownBy(() -> models.of(inputs, FileNames.AS_GIVEN).load(model, DataReplacement.NONE))
                .isInstanceOf(RuntimeException.class);
        Files.copy(Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/peakfit_gauss.dat"),
                dir.resolve("peakfit_gauss.dat"));
        Files.copy(Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml"), model,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(start(models.of(inputs, FileNames.AS_GIVEN).load(model, DataReplacement.NONE), "bkg.value")).isEqualTo(100);
    }

    private static double start(ModelDefinition model, String parameter) {
        return model.problem().parameters().stream().filter(p -> p.name().equals(parameter)).mapToDouble(Parameter::value)
                .findFirst().orElseThrow();
    }
}
