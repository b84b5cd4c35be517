package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit import-genx}: GenX's X-ray example in, a model that simulates out; bad input exits 2. */
class ImportGenxCommandTest {

    private static final String XRAY = Cli.repo("wrapper/src/test/resources/genx/X-ray_Reflectivity.hgx");
    private static final String PEAKS = Cli.repo("wrapper/src/test/resources/genx/Peakfit_Gauss.hgx");

    @TempDir
    Path dir;

    @Test
    void importsTheXrayExampleAndTheResultSimulates() throws IOException {
        Path out = dir.resolve("xray");
        Cli.Run run = Cli.run("import-genx", XRAY, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("model.yaml")).exists();
        assertThat(out.resolve("XRR Specular.dat")).exists();
        assertThat(run.out()).contains("model.yaml");

        Path csv = dir.resolve("sim.csv");
        Cli.Run sim = Cli.run("simulate", out.resolve("model.yaml").toString(), "--out", csv.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(351);
    }

    /** GenX reaches log FOM 0.0976-0.0977 from the stored start values; the imported model must too. */
    @Test
    void theImportedXrayExampleFitsToGenxsLogFom() throws IOException {
        Path out = dir.resolve("xray");
        assertThat(Cli.run("import-genx", XRAY, "--out", out.toString()).exitCode()).isZero();

        Cli.Run fit = Cli.run("fit", out.resolve("model.yaml").toString(), "--out", dir.resolve("fit").toString(),
                "--quiet", "--seed", "7");

        assertThat(fit.exitCode()).as(fit.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("fit").resolve("result.json").toFile());
        assertThat(result.get("fom").asDouble()).isLessThanOrEqualTo(0.0977);
    }

    @Test
    void theImportMatchesTheHandWrittenExample() {
        Path out = dir.resolve("xray");
        assertThat(Cli.run("import-genx", XRAY, "--out", out.toString()).exitCode()).isZero();
        ModelDefinition imported = ModelFiles.load(out.resolve("model.yaml"));
        ModelDefinition written = ModelFiles.load(Path.of(Cli.repo("examples/xray-multilayer/model.yaml")));
        assertThat(imported.problem().freeNames()).containsExactlyInAnyOrderElementsOf(written.problem().freeNames());
        double[] a = imported.problem().simulate(imported.problem().startValues())[0];
        double[] b = written.problem().simulate(written.problem().startValues())[0];
        assertThat(a).containsExactly(b, org.assertj.core.data.Offset.offset(0.0));
    }

    @Test
    void importsAGenx2ProjectAndRefusesOneWhosePickleCallsOsSystem() {
        Path out = dir.resolve("gx");
        Cli.Run run = Cli.run("import-genx", Cli.repo("wrapper/src/test/resources/genx/X-ray_Reflectivity.gx"),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("XRR Specular.dat")).exists();

        Path refusedOut = dir.resolve("refused");
        Cli.Run refused = Cli.run("import-genx", Cli.repo("wrapper/src/test/resources/genx/refused_os_system.gx"),
                "--out", refusedOut.toString());
        assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("refused_os_system.gx").contains("os.system");
        assertThat(refusedOut).doesNotExist();
    }

    @Test
    void notHdf5ExitsTwoAndWritesNothing() throws IOException {
        Path bogus = dir.resolve("model.hgx");
        Files.writeString(bogus, "kind: curve\n");
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("import-genx", bogus.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("model.hgx").contains("not an HDF5 file");
        assertThat(out).doesNotExist();
    }

    /** GenX's own fit of Peakfit_Gauss ended at chi2bars = 1.835 (its stored FOM log). */
    @Test
    void importsThePeakfitExampleAsACurveThatFitsToGenxsChi2bars() throws IOException {
        Path out = dir.resolve("peaks");
        Cli.Run run = Cli.run("import-genx", PEAKS, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(out.resolve("model.yaml"))).contains("kind: curve");

        Path fit = dir.resolve("fit");
        // GenX's settings run 6 x 13 x 50 = 3900 generations; 1000 reach its result and keep the test short.
        Cli.Run r = Cli.run("fit", out.resolve("model.yaml").toString(), "--generations", "1000",
                "--out", fit.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(fit.resolve("result.json").toFile());
        assertThat(result.get("fomName").asText()).isEqualTo("chi2bars");
        assertThat(result.get("fom").asDouble()).isLessThanOrEqualTo(1.835);
        assertThat(result.get("parameters")).hasSize(13);
    }

    @Test
    void outIsRequired() {
        assertThat(Cli.run("import-genx", XRAY).exitCode()).isEqualTo(Main.BAD_INPUT);
    }
}
