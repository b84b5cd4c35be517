package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.modelfile.ModelFileWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportWriteReadRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"X-ray_Reflectivity.hgx", "Peakfit_Voigt_made.hgx", "Peakfit_Gauss.hgx",
            "XRR_batch_made.hgx"})
    void anImportedModelWrittenAgainReadsBackAsTheSameModel(String project) throws IOException {
        ImportReport report = GenxImporter.importFile(GenxImporterTest.resource(dir, project), dir.resolve("in"), true);
        ModelDefinition imported = ModelFiles.load(report.model());

        Path again = dir.resolve("again/model.yaml");
        ModelFileWriter.write(imported, again);
        ModelDefinition read = ModelFiles.load(again);

        assertThat(read.problem().parameters()).containsExactlyElementsOf(imported.problem().parameters());
        assertThat(read.layout().structure()).isEqualTo(imported.layout().structure());
        assertThat(read.layout().couplings()).map(Object::toString)
                .containsExactlyElementsOf(imported.layout().couplings().stream().map(Object::toString).toList());
        assertThat(read.settings()).isEqualTo(imported.settings());
        assertThat(read.problem().figureOfMerit().name()).isEqualTo(imported.problem().figureOfMerit().name());
        double[] start = imported.problem().startValues();
        assertThat(read.problem().simulate(start)[0]).containsExactly(imported.problem().simulate(start)[0]);
    }
}
