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

        assertSameModel(read, imported);
    }

    /**
     * The importer builds its model through the API's builders and writes it with the model-file
     * writer: the file it writes reads back as exactly the model the builders made.
     */
    @ParameterizedTest
    @ValueSource(strings = {"X-ray_Reflectivity.hgx", "Peakfit_Voigt_made.hgx", "Peakfit_Gauss.hgx"})
    void theWrittenFileReadsBackAsTheModelTheBuildersMade(String project) throws IOException {
        GenxProject p = HgxReader.read(GenxImporterTest.resource(dir, project));
        GenxImporter.Translation t = GenxImporter.translate(p, GenxDataSet.fileNames(p.dataSets()), project, project,
                true);
        ModelDefinition read = ModelFiles.load(GenxImporter.importProject(p, project, project, dir.resolve("out"), true)
                .model());

        assertSameModel(read, t.model());
    }

    /** The same parameters, structure, couplings, settings, figure of merit, data and simulated curve. */
    private static void assertSameModel(ModelDefinition read, ModelDefinition expected) {
        assertThat(read.problem().parameters()).containsExactlyElementsOf(expected.problem().parameters());
        assertThat(read.layout().structure()).isEqualTo(expected.layout().structure());
        assertThat(read.layout().couplings()).map(Object::toString)
                .containsExactlyElementsOf(expected.layout().couplings().stream().map(Object::toString).toList());
        assertThat(read.settings()).isEqualTo(expected.settings());
        assertThat(read.problem().figureOfMerit().name()).isEqualTo(expected.problem().figureOfMerit().name());
        assertThat(read.problem().figureOfMerit().nonFinitePolicy())
                .isEqualTo(expected.problem().figureOfMerit().nonFinitePolicy());
        for (int i = 0; i < expected.problem().dataSets().size(); i++) {
            var a = read.problem().dataSets().get(i);
            var b = expected.problem().dataSets().get(i);
            assertThat(a.name()).isEqualTo(b.name());
            assertThat(a.x()).containsExactly(b.x());
            assertThat(a.y()).containsExactly(b.y());
            assertThat(a.error()).isEqualTo(b.error());
            assertThat(new double[] {a.xmin(), a.xmax()}).containsExactly(b.xmin(), b.xmax());
        }
        double[] start = expected.problem().startValues();
        assertThat(read.problem().simulate(start)[0]).containsExactly(expected.problem().simulate(start)[0]);
    }
}
