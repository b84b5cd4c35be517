package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import io.jhdf.HdfFile;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
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
    void aProjectWithoutPermissionToReadItIsNamedOnce() throws IOException {
        Path file = GenxImporterTest.resource(dir, "X-ray_Reflectivity.gx");
        Files.setPosixFilePermissions(file, Set.of());
        if (Files.isReadable(file)) {
            // Root reads a file whatever its permissions: a link to a file the kernel lets no one read instead.
            Path writeOnly = Path.of("/proc/sys/vm/drop_caches");
            assumeTrue(Files.isRegularFile(writeOnly) && !Files.isReadable(writeOnly), "Linux's /proc/sys");
            Files.delete(file);
            Files.createSymbolicLink(file, writeOnly);
        }

        // The zip library's own message is "PATH (Permission denied)": the located message names the file already.
        assertThatThrownBy(() -> GxReader.read(file)).isInstanceOf(GenxImportException.class)
                .hasMessageContaining("expected a readable file but access was denied")
                .satisfies(e -> assertThat(e.getMessage().split(java.util.regex.Pattern.quote(file.toString()), -1))
                        .as("the path once").hasSize(2));
    }

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

    /**
     * XRR_commands_made.gx (make_gx.py, from XRR_commands_made.hgx) keeps raw detector and monitor counts with
     * GenX's y and error commands, as GenX 2 pickled them: the .gx imports to the same model and data file as the
     * .hgx, the commands as column expressions over the raw columns, and the model computes GenX's x, y and error
     * and simulates GenX's curve.
     */
    @Test
    void dataSetCommandsTranslateAsTheHgxsDo() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_commands_made.hgx");
        ImportReport fromHgx = GenxImporter.importFile(hgx, dir.resolve("hgx"), false);
        ImportReport fromGx = GenxImporter.importFile(GenxImporterTest.resource(dir, "XRR_commands_made.gx"),
                dir.resolve("gx"), false);

        String yaml = Files.readString(fromGx.model());
        assertThat(yaml).contains("y: \"c3/c4\"").contains("fpe(0.5,0.05) (c5) and dydx() (c6) evaluated at import");
        assertThat(yaml.replace("XRR_commands_made.gx", "XRR_commands_made.hgx"))
                .isEqualTo(Files.readString(fromHgx.model()));
        assertThat(Files.readString(fromGx.dataFiles().get(0)).replace(".gx", ".hgx"))
                .isEqualTo(Files.readString(fromHgx.dataFiles().get(0)));
        ModelDefinition model = ModelFiles.load(fromGx.model());
        DataSet read = model.problem().dataSets().get(0);
        try (HdfFile f = new HdfFile(hgx)) {
            assertClose(read.x(), (double[]) f.getDatasetByPath("current/data/datasets/0/x").getData(), 1e-9);
            assertClose(read.y(), (double[]) f.getDatasetByPath("current/data/datasets/0/y").getData(), 1e-9);
            assertClose(read.error(), (double[]) f.getDatasetByPath("current/data/datasets/0/error").getData(), 1e-9);
            assertClose(model.problem().simulate(model.problem().startValues())[0],
                    (double[]) f.getDatasetByPath("current/data/datasets/0/y_sim").getData(), 1e-6);
        }
    }

    private static void assertClose(double[] ours, double[] genx, double relative) {
        assertThat(ours).hasSameSizeAs(genx);
        for (int i = 0; i < genx.length; i++) {
            assertThat(Math.abs(ours[i] - genx[i])).as("point " + i)
                    .isLessThanOrEqualTo(relative * Math.abs(genx[i]));
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
