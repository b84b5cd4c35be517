package org.evofit.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file: hashes that verify, nothing in clear, durable across opens, changes that refuse with why. */
class UserStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anArgon2idHashFromTheReferenceImplementationVerifies() {
        // Made by the Argon2 reference implementation's command line (Debian's argon2 package), not by Password4j:
        // echo -n "correct horse battery" | argon2 evofitsalt16byte -id -t 2 -k 19456 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$ZXZvZml0c2FsdDE2Ynl0ZQ$X63nKBpcW7zbp77g+nobmezwoRCpZk6eqAhuakc4oTw";
        assertThat(PasswordHashing.matches("correct horse battery", reference)).isTrue();
        assertThat(PasswordHashing.matches("correct horse batterz", reference)).isFalse();
    }

    @Test
    void ourHashesAreArgon2idWithTheirOwnSaltAndVerifyOnlyTheirPassword() {
        String one = PasswordHashing.hash("correct horse battery");
        String two = PasswordHashing.hash("correct horse battery");
        assertThat(one).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(two);
        assertThat(PasswordHashing.matches("correct horse battery", two)).isTrue();
        assertThat(PasswordHashing.matches("Correct horse battery", one)).isFalse();
        assertThat(PasswordHashing.matches("correct horse battery", "plain text")).isFalse();
    }

    @Test
    void anAddedAccountSignsInWithItsPasswordOnlyAndTheFileHoldsNoPassword() throws Exception {
        UserStore store = new UserStore(dir, CLOCK);
        store.add("alice", Role.MEMBER, "correct horse battery");

        assertThat(store.verify("alice", "correct horse battery")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.MEMBER);
            assertThat(a.scripts()).isFalse();
            assertThat(a.created()).isEqualTo(CLOCK.instant());
        });
        assertThat(store.verify("alice", "wrong horse battery")).isEmpty();
        assertThat(store.verify("bob", "correct horse battery")).isEmpty();
        Path file = dir.resolve(UserStore.FILE);
        assertThat(Files.readString(file)).doesNotContain("correct horse").contains("$argon2id$");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(UserStore.FILE,
                    UserStore.FILE + ".lock");
        }
    }

    @Test
    void accountsOutliveTheStoreAndADisabledOneCannotSignInUntilItsPasswordIsReset() {
        new UserStore(dir, CLOCK).add("root", Role.ADMIN, "first password!");
        new UserStore(dir, CLOCK).add("guest1", Role.GUEST, "guest password");
        UserStore reopened = new UserStore(dir, CLOCK);
        assertThat(reopened.list()).extracting(Account::name, Account::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guest1", Role.GUEST),
                        org.assertj.core.groups.Tuple.tuple("root", Role.ADMIN));

        reopened.disable("root");
        assertThat(reopened.verify("root", "first password!")).isEmpty();
        assertThat(reopened.find("root")).hasValueSatisfying(a -> assertThat(a.disabled()).isTrue());

        reopened.resetPassword("root", "second password");
        assertThat(reopened.verify("root", "first password!")).isEmpty();
        assertThat(reopened.verify("root", "second password")).isPresent();
        assertThat(reopened.verify("guest1", "guest password")).isPresent();
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        UserStore store = new UserStore(dir, CLOCK);
        store.add("alice", Role.MEMBER, "correct horse battery");
        String before = Files.readString(dir.resolve(UserStore.FILE));

        assertThatThrownBy(() -> store.add("alice", Role.ADMIN, "another password")).hasMessageContaining("exists already");
        assertThatThrownBy(() -> store.add("Alice/..", Role.MEMBER, "another password"))
                .hasMessageContaining("user name 'Alice/..' is not valid").hasMessageContaining("lower-case");
        assertThatThrownBy(() -> store.add("carol", Role.MEMBER, "short")).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> store.disable("nobody")).hasMessageContaining("no user nobody");
        assertThatThrownBy(() -> Role.of("root")).hasMessageContaining("expected one of admin, member, guest");
        assertThat(Files.readString(dir.resolve(UserStore.FILE))).isEqualTo(before);
    }
}
