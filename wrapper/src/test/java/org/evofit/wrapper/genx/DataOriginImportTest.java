package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.wrapper.genx.CustomParameterImportTest.maxRelativeDeviation;
import static org.evofit.wrapper.genx.GenxImporterTest.importedWhole;
import static org.evofit.wrapper.genx.GenxImporterTest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ort.OrtDataSet;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer writes each data file in the format the data came in, as the data set's {@code meta} says
 * (projects made by make_origin.py from GenX's X-ray example, and GenX's own example files).
 */
class DataOriginImportTest {

    private static final String SET = "current/data/datasets/0/";

    @TempDir
    Path dir;

    @Test
    void dataFromAnOrsoFileIsWrittenAsOrtWithTheHeaderGenxKept() throws IOException {
        ImportReport report = importedWhole(dir, "XRR_origin_ort_made.hgx");
        Path ort = report.dataFiles().get(0);
        assertThat(ort.getFileName().toString()).isEqualTo("XRR Specular.ort");

        OrtFile read = OrtReader.read(ort);
        assertThat(read.dataSets()).hasSize(1);
        OrtDataSet set = read.dataSets().get(0);
        JsonNode source = set.header().path("data_source");
        assertThat(source.path("owner").path("name").asText()).isEqualTo("A. Tester");
        assertThat(source.path("experiment").path("title").asText()).isEqualTo("Multilayer");
        assertThat(source.path("owner").path("contact").isNull()).isTrue();
        JsonNode settings = source.path("measurement").path("instrument_settings");
        assertThat(settings.size()).isEqualTo(9);
        assertThat(settings.path("wavelength").path("magnitude").asDouble()).isEqualTo(1.54);
        assertThat(settings.path("slit_2").path("unit").asText()).isEqualTo("mm");
        assertThat(source.path("measurement").path("data_files").get(1).path("file").asText()).isEqualTo("ml_0002.raw");
        assertThat(set.header().path("reduction").path("corrections").get(1).asText()).isEqualTo("background");
        assertThat(source.has("file_name")).as("GenX's own entry").isFalse();
        // A date is a datetime pickle, read as ISO text; GenX kept the dict's order, and so does the file.
        assertThat(source.path("experiment").path("start_date").asText()).isEqualTo("2024-03-01T09:30");
        assertThat(iterable(source.fieldNames())).containsExactly("owner", "experiment", "sample", "measurement");
        assertThat(iterable(settings.fieldNames())).startsWith("incident_angle", "wavelength", "polarization")
                .endsWith("sample_length");
        List<String> names = List.of(set.header().path("columns").get(0).path("name").asText(),
                set.header().path("columns").get(1).path("name").asText(),
                set.header().path("columns").get(2).path("name").asText());
        assertThat(names).containsExactly("tth", "R", "sR");

        try (HdfFile f = new HdfFile(dir.resolve("XRR_origin_ort_made.hgx"))) {
            assertThat(set.data().x()).containsExactly((double[]) f.getDatasetByPath(SET + "x").getData());
            assertThat(set.data().y()).containsExactly((double[]) f.getDatasetByPath(SET + "y").getData());
            assertThat(set.data().error()).containsExactly((double[]) f.getDatasetByPath(SET + "error").getData());
        }
        String yaml = Files.readString(report.model());
        assertThat(yaml).contains("multilayer_2024.ort").contains("error: none");
        assertThat(maxDeviationFromYSim(report, "XRR_origin_ort_made.hgx")).isLessThan(1e-6);
        // GenX did not use this data set's errors, so neither does the model, though the file carries them.
        assertThat(ModelFiles.load(report.model()).problem().dataSets().get(0).error()).isNull();
    }

    @Test
    void dataFromColumnTextKeepsItsFormatAndEnding() throws IOException {
        ImportReport report = importedWhole(dir, "XRR_origin_columns_made.hgx");
        Path file = report.dataFiles().get(0);
        assertThat(file.getFileName().toString()).isEqualTo("XRR Specular.txt");
        assertThat(DataFormats.of(file, null).name()).isEqualTo(DataFormats.COLUMNS);
        assertThat(Files.readString(report.model())).contains("xray-tutorial.txt");
        assertThat(maxDeviationFromYSim(report, "XRR_origin_columns_made.hgx")).isLessThan(1e-6);
    }

    @Test
    void dataFromAFormatEvofitDoesNotWriteIsColumnTextWithANoteSayingWhy() throws IOException {
        ImportReport report = importedWhole(dir, "XRR_origin_xrdml_made.hgx");
        assertThat(report.dataFiles().get(0).getFileName().toString()).isEqualTo("XRR Specular.dat");
        assertThat(Files.readString(report.model())).contains("multilayer.xrdml")
                .contains("evofit reads xrdml files but does not write them");
        assertThat(maxDeviationFromYSim(report, "XRR_origin_xrdml_made.hgx")).isLessThan(1e-6);
    }

    /** GenX's own example: its meta group (pickled None and lists among it) made jhdf fail; now it is read. */
    @Test
    void genxsOwnExampleMetaIsRead() throws IOException {
        GenxDataSet d = HgxReader.read(resource(dir, "X-ray_Reflectivity.hgx")).dataSets().get(0);
        assertThat(d.loadedFrom()).isNotNull();
        JsonNode meta = d.loadedFrom().meta();
        assertThat(meta.path("data_source").path("owner").path("affiliation").asText()).isEqualTo("Paul Scherrer Institut");
        assertThat(meta.path("columns").get(0).path("unit").asText()).isEqualTo("1/angstrom");
        assertThat(meta.path("data_source").path("experiment").path("start_date").isNull()).isTrue();
        assertThat(meta.path("data_source").path("measurement").path("data_files").isArray()).isTrue();
        assertThat(d.loadedFrom().unread()).isEmpty();
        // It predates GenX's record of the file name: written as column text, saying why.
        assertThat(d.form().ort()).isFalse();
        assertThat(d.form().note()).contains("GenX kept no record of the file");
    }

    @Test
    void peakFitExampleMetaIsRead() throws IOException {
        GenxDataSet d = HgxReader.read(resource(dir, "Peakfit_Gauss.hgx")).dataSets().get(0);
        assertThat(d.loadedFrom().meta().path("data_source").path("measurement").path("instrument_settings")
                .path("polarization").asText()).isEqualTo("unpolarized");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private double maxDeviationFromYSim(ImportReport report, String hgx) throws IOException {
        ModelDefinition model = ModelFiles.load(report.model());
        double[] sim = model.problem().simulate(model.problem().startValues())[0];
        DataSet data = model.problem().dataSets().get(0);
        try (HdfFile f = new HdfFile(dir.resolve(hgx))) {
            double[] ySim = (double[]) f.getDatasetByPath(SET + "y_sim").getData();
            assertThat(data.x()).containsExactly((double[]) f.getDatasetByPath(SET + "x").getData());
            return maxRelativeDeviation(sim, ySim);
        }
    }
}
