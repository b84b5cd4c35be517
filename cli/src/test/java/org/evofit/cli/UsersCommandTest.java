package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.admin.HostAccountChanges;
import org.evofit.server.limits.AuditLog;
import org.evofit.server.limits.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit users}: passwords from standard input only, never as an argument; refusals are exit 2 saying why. */
class UsersCommandTest {

    private final InputStream stdin = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private Cli.Run withStdin(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return Cli.run(args);
    }

    @Test
    void addsListsDisablesAndResetsWithThePasswordFromStandardInput() throws Exception {
        String data = dir.resolve("d").toString();
        Cli.Run add = withStdin("correct horse battery\n", "users", "add", "alice", "--role", "member",
                "--password-stdin", "--data", data);
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("added alice\tmember\tenabled");
        UserStore store = new UserStore(dir.resolve("d/service"), Clock.systemUTC());
        assertThat(store.verify("alice", "correct horse battery")).hasValueSatisfying(
                a -> assertThat(a.role()).isEqualTo(Role.MEMBER));
        assertThat(Files.readString(dir.resolve("d/service/users.json"))).doesNotContain("correct horse");

        withStdin("an admin password\n", "users", "add", "root", "--role", "ADMIN", "--password-stdin", "--data", data);
        Cli.Run list = Cli.run("users", "list", "--data", data);
        assertThat(list.out().lines().map(l -> l.split("\t")[0] + " " + l.split("\t")[1]))
                .containsExactly("alice member", "root admin");

        assertThat(Cli.run("users", "disable", "alice", "--data", data).exitCode()).isZero();
        assertThat(store.verify("alice", "correct horse battery")).isEmpty();
        Cli.Run reset = withStdin("a new long password\n", "users", "reset-password", "alice", "--password-stdin",
                "--data", data);
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(store.verify("alice", "a new long password")).isPresent();
    }

    @Test
    void aPasswordArgumentIsNotAnOptionAndNoConsoleMeansPipeIt() {
        String data = dir.resolve("d").toString();
        Cli.Run asArgument = Cli.run("users", "add", "alice", "--role", "member", "--password", "Secret12345", "--data", data);
        assertThat(asArgument.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(asArgument.err()).contains("Unknown option");

        // Tests run without a console, as a script does: the command says how to give the password instead.
        Cli.Run noConsole = Cli.run("users", "add", "alice", "--role", "member", "--data", data);
        assertThat(noConsole.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noConsole.err()).contains("--password-stdin");
        assertThat(new UserStore(dir.resolve("d/service"), Clock.systemUTC()).list()).isEmpty();
    }

    @Test
    void refusalsNameWhatIsWrong() {
        String data = dir.resolve("d").toString();
        Cli.Run role = withStdin("correct horse battery\n", "users", "add", "alice", "--role", "root", "--password-stdin",
                "--data", data);
        assertThat(role.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(role.err()).contains("--role root is not a role").contains("admin, member, guest");

        Cli.Run shortOne = withStdin("short\n", "users", "add", "alice", "--role", "guest", "--password-stdin", "--data", data);
        assertThat(shortOne.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(shortOne.err()).contains("at least 10 characters").doesNotContain("short\n");

        Cli.Run empty = withStdin("", "users", "add", "alice", "--role", "guest", "--password-stdin", "--data", data);
        assertThat(empty.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(empty.err()).contains("standard input held no password");

        Cli.Run unknown = withStdin("correct horse battery\n", "users", "reset-password", "bob", "--password-stdin",
                "--data", data);
        assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("no user bob");
    }

    @Test
    void scriptsAreAllowedPerMemberAndNeverToAGuest() {
        String data = dir.resolve("d").toString();
        withStdin("correct horse battery\n", "users", "add", "bob", "--role", "member", "--password-stdin", "--data", data);
        withStdin("correct horse battery\n", "users", "add", "gus", "--role", "guest", "--password-stdin", "--data", data);
        Cli.Run on = Cli.run("users", "scripts", "bob", "on", "--data", data);
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.out()).startsWith("scripts allowed for bob\tmember\tenabled\tscripts");
        UserStore store = new UserStore(dir.resolve("d/service"), Clock.systemUTC());
        assertThat(store.find("bob").orElseThrow().scripts()).isTrue();

        Cli.Run guest = Cli.run("users", "scripts", "gus", "on", "--data", data);
        assertThat(guest.exitCode()).isEqualTo(2);
        assertThat(guest.err()).contains("user gus is a guest, and guests never run code on the service");
        assertThat(store.find("gus").orElseThrow().scripts()).isFalse();
        assertThat(Cli.run("users", "scripts", "bob", "maybe", "--data", data).err()).contains("expected on or off");
        assertThat(Cli.run("users", "scripts", "bob", "off", "--data", data).exitCode()).isZero();
        assertThat(store.find("bob").orElseThrow().scripts()).isFalse();
    }

    @Test
    void aRoleChangeIsAuditedAsTheAccountsPagesIsAndRefusalsAreExitTwo() {
        String data = dir.resolve("d").toString();
        withStdin("correct horse battery\n", "users", "add", "bob", "--role", "member", "--password-stdin", "--data", data);
        Cli.run("users", "scripts", "bob", "on", "--data", data);
        UserStore store = new UserStore(dir.resolve("d/service"), Clock.systemUTC());
        AuditLog audit = new AuditLog(dir.resolve("d/service"));

        Cli.Run demote = Cli.run("users", "role", "bob", "guest", "--data", data);
        assertThat(demote.exitCode()).as(demote.err()).isZero();
        assertThat(demote.out()).startsWith("role changed: bob\tguest\tenabled\tno-scripts");
        assertThat(store.find("bob").orElseThrow().role()).isEqualTo(Role.GUEST);
        assertThat(store.find("bob").orElseThrow().scripts()).as("a guest never runs code").isFalse();
        AuditRecord changed = audit.last(10).get(audit.last(10).size() - 1);
        assertThat(List.of(changed.event(), changed.target(), changed.detail(), changed.status()))
                .containsExactly("account-role", "bob", "role guest", 200);
        assertThat(changed.address()).startsWith(HostAccountChanges.ADDRESS);

        Cli.Run noSuchUser = Cli.run("users", "role", "carol", "admin", "--data", data);
        assertThat(noSuchUser.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noSuchUser.err()).contains("no user carol");
        AuditRecord refused = audit.last(10).get(audit.last(10).size() - 1);
        assertThat(List.of(refused.event(), refused.target(), refused.status())).containsExactly("account-role", "carol", 400);

        int logged = audit.last(100).size();
        Cli.Run noSuchRole = Cli.run("users", "role", "bob", "root", "--data", data);
        assertThat(noSuchRole.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(noSuchRole.err()).contains("users role bob root: root is not a role; expected admin, member or guest");
        assertThat(store.find("bob").orElseThrow().role()).isEqualTo(Role.GUEST);
        assertThat(audit.last(100)).as("nothing was tried").hasSize(logged);
    }
}
