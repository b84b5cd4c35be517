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

        ModelDefinition built = t.model();
        assertThat(read.problem().parameters()).containsExactlyElementsOf(built.problem().parameters());
        assertThat(read.layout().structure()).isEqualTo(built.layout().structure());
        assertThat(read.layout().couplings()).map(Object::toString)
                .containsExactlyElementsOf(built.layout().couplings().stream().map(Object::toString).toList());
        assertThat(read.settings()).isEqualTo(built.settings());
        assertThat(read.problem().figureOfMerit().name()).isEqualTo(built.problem().figureOfMerit().name());
        assertThat(read.problem().figureOfMerit().nonFinitePolicy())
                .isEqualTo(built.problem().figureOfMerit().nonFinitePolicy());
        for (int i = 0; i < built.problem().dataSets().size(); i++) {
            var a = read.problem().dataSets().get(i);
            var b = built.problem().dataSets().get(i);
            assertThat(a.name()).isEqualTo(b.name());
            assertThat(a.x()).containsExactly(b.x());
            assertThat(a.y()).containsExactly(b.y());
            assertThat(a.error()).isEqualTo(b.error());
            assertThat(new double[] {a.xmin(), a.xmax()}).containsExactly(b.xmin(), b.xmax());
        }
        double[] start = built.problem().startValues();
        assertThat(read.problem().simulate(start)[0]).containsExactly(built.problem().simulate(start)[0]);
    }
}
