package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A joint model's mistakes on the command line: exit 2, the file and line, what was expected, nothing written. */
class JointBadInputTest {

    @TempDir
    Path dir;

    @Test
    void aDataSetNamingAnUnknownSampleIsBadInputAtItsLine() throws IOException {
        Path example = Path.of(Cli.repo("examples/contrast-variation"));
        for (String data : new String[] {"d2o.dat", "h2o.dat"}) {
            Files.copy(example.resolve(data), dir.resolve(data));
        }
        String model = Files.readString(example.resolve("model.yaml")).replace("sample: h2o,", "sample: hdo,");
        Path file = Files.writeString(dir.resolve("model.yaml"), model);
        int line = model.substring(0, model.indexOf("sample: hdo")).split("\n", -1).length;

        Cli.Run run = Cli.run("fit", file.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ").contains(file + ":" + line + ":",
                "film in H2O names an unknown sample 'hdo'; expected one of d2o, h2o");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
