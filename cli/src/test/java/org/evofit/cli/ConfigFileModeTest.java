package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker's (or any cluster verb's) config file with a password must not be readable by every user. */
class ConfigFileModeTest {

    @TempDir
    Path dir;

    @Test
    void aWorldReadableConfigFileWithAPasswordIsBadInputBeforeAnythingConnects() throws Exception {
        Path config = Files.writeString(dir.resolve("evofit.properties"), "user=evofit\npassword=Secret\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        for (String verb : new String[] {"worker", "status"}) {
            Cli.Run run = Cli.run(verb, "--db", "jdbc:postgresql://127.0.0.1:1/none", "--config", config.toString());
            assertThat(run.exitCode()).as(verb + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(config + ": holds a password but every user of this machine can read it")
                    .contains("chmod 600").doesNotContain("Secret");
        }
    }
}
