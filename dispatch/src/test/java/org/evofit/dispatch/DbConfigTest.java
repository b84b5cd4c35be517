package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the store's credentials come from: the environment first, then the config file. */
class DbConfigTest {

    @TempDir
    Path dir;

    private static final String URL = "jdbc:postgresql://db.example:5432/evofit";

    @Test
    void theEnvironmentWinsOverTheConfigFileKeyByKey() throws Exception {
        Path file = Files.writeString(dir.resolve("evofit.properties"), "user=fromfile\npassword=filesecret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        DbConfig c = DbConfig.resolve(URL, Map.of(DbConfig.USER_ENV, "fromenv"), file);
        assertThat(c.user()).isEqualTo("fromenv");
        assertThat(c.password()).isEqualTo("filesecret");
        assertThat(c.isPostgres()).isTrue();
    }

    @Test
    void aConfigFileWithAPasswordThatEveryUserCanReadIsRefusedAGroupReadableOneIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("evofit.properties"), "user=u\npassword=filesecret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DbConfig.resolve(URL, Map.of(), file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("every user of this machine can read it")
                .hasMessageContaining("rw-r--r--").hasMessageContaining("chmod 600").hasMessageNotContaining("filesecret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(DbConfig.resolve(URL, Map.of(), file).password()).isEqualTo("filesecret");
        // Without a password there is nothing to hide.
        Path noSecret = Files.writeString(dir.resolve("user.properties"), "user=u\n");
        Files.setPosixFilePermissions(noSecret, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(DbConfig.resolve(URL, Map.of(), noSecret).user()).isEqualTo("u");
    }

    @Test
    void withoutEitherThereAreNoCredentials() {
        DbConfig c = DbConfig.resolve(URL, Map.of(), dir.resolve("absent.properties"));
        assertThat(c.user()).isNull();
        assertThat(c.password()).isNull();
    }

    @Test
    void thePasswordNeverPrints() {
        DbConfig c = DbConfig.resolve(URL, Map.of(DbConfig.USER_ENV, "u", DbConfig.PASSWORD_ENV, "s3cret"), null);
        assertThat(c.toString()).contains("u").doesNotContain("s3cret");
    }

    @Test
    void onlySqliteAndPostgresqlUrlsAreAccepted() {
        assertThatThrownBy(() -> new DbConfig("jdbc:mysql://x/y", null, null))
                .hasMessageContaining("expected jdbc:sqlite:FILE or jdbc:postgresql://");
        assertThat(DbConfig.sqlite(dir.resolve("a.db")).isPostgres()).isFalse();
    }

    @Test
    void quartzDdlIsReadFromTheQuartzJarAndSplitIntoStatements() throws Exception {
        var statements = V2__Quartz_tables.statements(V2__Quartz_tables.readDdl());
        assertThat(statements).anyMatch(s -> s.startsWith("CREATE TABLE QRTZ_JOB_DETAILS"))
                .noneMatch(s -> s.equalsIgnoreCase("commit")).noneMatch(s -> s.contains("--"));
    }
}
