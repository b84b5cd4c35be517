package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit serve}'s options: a mistake is exit 2 with the option named, before anything listens or is written. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesAnSqliteDbBecauseTheEmbeddedStoreLivesUnderData() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--db", "jdbc:sqlite:x.db");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--db jdbc:sqlite:x.db").contains("leave --db out");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void refusesADataPathThatIsAFileAndSlotsOutOfRange() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Cli.Run onFile = Cli.run("serve", "--port", "0", "--data", file.toString());
        assertThat(onFile.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(onFile.err()).contains("--data must be a directory");

        Cli.Run noSlots = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--slots", "0");
        assertThat(noSlots.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noSlots.err()).contains("--slots must be between 1 and");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void refusesSlotsWithDbBecauseTheWorkersFit() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(),
                "--db", "jdbc:postgresql://127.0.0.1:5432/x", "--slots", "2");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--slots").contains("leave --slots out");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void refusesAPasswordInTheDbUrlWithoutPrintingIt() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(),
                "--db", "jdbc:postgresql://u:Hidden1@127.0.0.1:5432/x");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out() + run.err()).doesNotContain("Hidden1");
    }

    @Test
    void refusesAnAddressOtherHostsReachWithoutRequiredSignInAndRequiredSignInWithoutAccounts() {
        Cli.Run open = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--bind", "0.0.0.0");
        assertThat(open.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(open.err()).contains("--bind 0.0.0.0 can be reached from other hosts, so it needs --auth required");
        assertThat(dir.resolve("d")).doesNotExist();

        Cli.Run noAccounts = Cli.run("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--auth", "required");
        assertThat(noAccounts.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noAccounts.err()).contains("holds no account to sign in with").contains("evofit users add NAME --role admin");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void refusesIncompleteOrUnsafeOidcOptionsNamingThemAndNeverShowsTheSecret() throws Exception {
        String d = dir.resolve("d").toString();
        Cli.Run noRedirect = Cli.run("serve", "--port", "0", "--data", d, "--oidc-issuer", "https://login.example.org",
                "--oidc-client-id", "evofit");
        assertThat(noRedirect.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noRedirect.err()).contains("--oidc-issuer needs --oidc-redirect-uri");

        Path secret = Files.writeString(dir.resolve("secret"), "Sup3r-Secret-Value\n");
        Cli.Run admin = Cli.run("serve", "--port", "0", "--data", d, "--oidc-issuer", "https://login.example.org",
                "--oidc-client-id", "evofit", "--oidc-redirect-uri", "https://fit.example.org/sign-in/oidc/callback",
                "--oidc-client-secret-file", secret.toString(), "--oidc-default-role", "admin");
        assertThat(admin.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(admin.err()).contains("--oidc-default-role admin would make everyone");
        assertThat(admin.out() + admin.err()).doesNotContain("Sup3r-Secret-Value");

        Cli.Run plain = Cli.run("serve", "--port", "0", "--data", d, "--oidc-issuer", "http://login.example.org",
                "--oidc-client-id", "evofit", "--oidc-redirect-uri", "https://fit.example.org/sign-in/oidc/callback");
        assertThat(plain.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(plain.err()).contains("--oidc-issuer http://login.example.org must be an https URL");

        Cli.Run orphan = Cli.run("serve", "--port", "0", "--data", d, "--oidc-client-id", "evofit");
        assertThat(orphan.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(orphan.err()).contains("give --oidc-issuer too");
        assertThat(dir.resolve("d")).doesNotExist();
    }
}
