package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenX 2 projects made by resources/genx/make_gx.py from X-ray_Reflectivity.hgx: the same script,
 * parameter table, data and configuration pickled into a .gx as GenX 2 does.
 */
class GxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheHgxHoldsFromEitherPickleProtocol() throws IOException {
        GenxProject hgx = HgxReader.read(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx"));

        for (String name : List.of("X-ray_Reflectivity.gx", "X-ray_Reflectivity_p0.gx")) {
            GenxProject gx = GxReader.read(GenxImporterTest.resource(dir, name));

            assertThat(gx.script()).as(name).isEqualTo(hgx.script());
            assertThat(gx.parameters()).as(name).isEqualTo(hgx.parameters());
            assertThat(gx.config()).as(name).isEqualTo(hgx.config());
            assertThat(gx.dataSets()).as(name).hasSameSizeAs(hgx.dataSets());
            for (int i = 0; i < hgx.dataSets().size(); i++) {
                GenxDataSet expected = hgx.dataSets().get(i);
                GenxDataSet actual = gx.dataSets().get(i);
                assertThat(actual.name()).isEqualTo(expected.name());
                assertThat(actual.x()).isEqualTo(expected.x());
                assertThat(actual.y()).isEqualTo(expected.y());
                assertThat(actual.error()).isEqualTo(expected.error());
                assertThat(actual.useError()).isEqualTo(expected.useError());
                assertThat(actual.extra().keySet()).isEqualTo(expected.extra().keySet());
            }
        }
    }

    @Test
    void importsAsTheHgxImports() throws IOException {
        ImportReport fromHgx = GenxImporter.importFile(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx"),
                dir.resolve("hgx"), false);
        ImportReport fromGx = GenxImporter.importFile(GenxImporterTest.resource(dir, "X-ray_Reflectivity.gx"),
                dir.resolve("gx"), false);

        // The model file names its source; everything else is the same text.
        assertThat(Files.readString(fromGx.model()).replace("X-ray_Reflectivity.gx", "X-ray_Reflectivity.hgx"))
                .isEqualTo(Files.readString(fromHgx.model()));
        assertThat(fromGx.dataFiles()).hasSameSizeAs(fromHgx.dataFiles());
        for (int i = 0; i < fromHgx.dataFiles().size(); i++) {
            assertThat(fromGx.dataFiles().get(i).getFileName()).isEqualTo(fromHgx.dataFiles().get(i).getFileName());
            assertThat(Files.readString(fromGx.dataFiles().get(i)).replace(".gx", ".hgx"))
                    .isEqualTo(Files.readString(fromHgx.dataFiles().get(i)));
        }
    }

    @Test
    void refusesAPickleNamingAnUnknownClassAndRunsNothing() throws IOException {
        Path gx = GenxImporterTest.resource(dir, "refused_os_system.gx");
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> GenxImporter.importFile(gx, out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("refused_os_system.gx")
                .hasMessageContaining("entry 'data'")
                .hasMessageContaining("names os.system, which is not a class evofit reads");
        assertThat(out).doesNotExist();
        assertThat(Path.of("evofit-gx-ran-this")).doesNotExist();
        assertThat(dir.resolve("evofit-gx-ran-this")).doesNotExist();
    }

    @Test
    void refusesAFileThatIsNeitherHdf5NorZip() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.gx"), "not a project");

        assertThatThrownBy(() -> GenxImporter.importFile(bogus, dir.resolve("out"), false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("bogus.gx: not an HDF5 file (.hgx) nor a zip archive (GenX 2's .gx)");
    }
}
