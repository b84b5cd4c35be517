package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 12: bad input that ended with exit 1 and no location. Each is exit 2 with the file
 * and line (or the option) that is wrong, and nothing written. ({@code fit --threads 0/-1} is in
 * {@link InvalidValuesTest}.)
 */
class BadInputExitCodeTest {

    @TempDir
    Path dir;

    private void assertBadInput(Cli.Run run, String... expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ");
        for (String e : expected) {
            assertThat(run.err()).contains(e);
        }
    }

    @Test
    void aSweepGlobThatIsNotAGlobIsBadInputAtItsLine() throws IOException {
        Files.writeString(dir.resolve("p1.dat"), "0 1\n1 2\n");
        Files.writeString(dir.resolve("sweep.yaml"), "models: [\"" + Cli.repo("examples/peaks/model.yaml")
                + "\"]\ndata: [\"[p*.dat\"]\n");

        Cli.Run run = Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", dir.resolve("out").toString());

        assertBadInput(run, "sweep.yaml:2:", "'[p*.dat' is not a valid glob: a '[' is never closed");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void importGenxIntoAnExistingFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine\n");

        Cli.Run run = Cli.run("import-genx", Cli.repo("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx"), "--out",
                file.toString());

        assertBadInput(run, file + ": expected a directory to import into but found a file of that name");
        assertThat(Files.readString(file)).isEqualTo("mine\n");
    }

    /** Same class as defect 10's /dev/zero model path: the importer called a device "file not found". */
    @Test
    void importGenxOfADeviceSaysWhatItIs() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("endless.hgx"), zero);

        Cli.Run run = Cli.run("import-genx", link.toString(), "--out", dir.resolve("out").toString());

        assertBadInput(run, "endless.hgx: expected a GenX project file but found a directory, device or pipe");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void pointwiseResolutionWithoutAResolutionColumnIsBadInput() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0.01 1\n0.02 0.5\n0.03 0.01\n");
        Files.writeString(dir.resolve("model.yaml"), """
                kind: reflectivity
                instrument: {probe: neutron, coords: q, resolution: {type: pointwise}}
                layers:
                  Amb: {sld: 0}
                  Sub: {sld: 2.07, sigma: {value: 3, min: 1, max: 6}}
                sample: {ambient: Amb, stacks: [], substrate: Sub}
                data: [{file: data.dat, columns: {x: 0, y: 1}}]
                fom: log
                """);

        Cli.Run run = Cli.run("fit", dir.resolve("model.yaml").toString(), "--out", dir.resolve("out").toString());

        assertBadInput(run, "model.yaml:7:", "pointwise resolution needs a resolution column");
    }
}
