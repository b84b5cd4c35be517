package org.evofit.server.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The accounts, in one JSON file ({@code service/users.json} of the data directory). Every change is a
 * read-modify-write under a file lock (so {@code evofit users} and a running service never lose each other's
 * changes) ending in an atomic rename (so a crash leaves the old file or the new one, never half of one); the
 * file is readable by its owner only. Reads go to the file each time: an account added or disabled while the
 * service runs counts at once.
 */
public final class UserStore {

    /** The file's name in the service directory. */
    public static final String FILE = "users.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Path lock;
    private final Clock clock;

    /** The store in {@code serviceDir} (created when missing on the first change). */
    public UserStore(Path serviceDir, Clock clock) {
        this.file = serviceDir.resolve(FILE);
        this.lock = serviceDir.resolve(FILE + ".lock");
        this.clock = clock;
    }

    /** Every account, by name. */
    public List<Account> list() {
        return read().stream().sorted(Comparator.comparing(Account::name)).toList();
    }

    /** The account named {@code name}, if there is one. */
    public Optional<Account> find(String name) {
        return read().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Whether any account exists (a service requiring sign-in needs one). */
    public boolean isEmpty() {
        return read().isEmpty();
    }

    /** Adds an account; an invalid name, a taken name or a short password is an IllegalArgumentException. */
    public Account add(String name, Role role, CharSequence password) {
        AccountNames.check(name);
        Account added = new Account(name, role, PasswordHashing.hash(password), false, false, clock.instant());
        change(accounts -> {
            if (accounts.stream().anyMatch(a -> a.name().equals(name))) {
                throw new IllegalArgumentException("user " + name + " exists already (reset-password changes a password)");
            }
            accounts.add(added);
            return accounts;
        });
        return added;
    }

    /** The account that {@code identity} signed in as before, if any (whatever its name). */
    public Optional<Account> findByIdentity(ExternalIdentity identity) {
        return read().stream().filter(a -> identity.equals(a.identity())).findFirst();
    }

    /**
     * The account of {@code identity}: the one it made at its first sign-in, or a new one named {@code name} with
     * {@code role} and no password. A name that another account holds (a local one, or another person's at an
     * issuer) is never taken over: that is an IllegalStateException saying so, and nothing changes.
     */
    public Account signInExternal(ExternalIdentity identity, String name, Role role) {
        AccountNames.check(name);
        Account[] result = new Account[1];
        change(accounts -> {
            Optional<Account> known = accounts.stream().filter(a -> identity.equals(a.identity())).findFirst();
            if (known.isPresent()) {
                result[0] = known.get();
                return accounts;
            }
            if (accounts.stream().anyMatch(a -> a.name().equals(name))) {
                throw new IllegalStateException("the name " + name + " belongs to another account of this service, "
                        + "which signing in through " + identity.issuer() + " never takes over; ask an admin");
            }
            result[0] = new Account(name, role, "", false, false, clock.instant(), List.of(), identity);
            accounts.add(result[0]);
            return accounts;
        });
        return result[0];
    }

    /**
     * Links the account named {@code name} to {@code identity}, so that signing in through its issuer enters it. An
     * identity that another account holds, or an account linked to another identity already, is an
     * IllegalStateException saying so, and nothing changes; linking again to the same identity changes nothing.
     */
    public Account link(String name, ExternalIdentity identity) {
        Account[] result = new Account[1];
        change(accounts -> {
            Optional<Account> holder = accounts.stream().filter(a -> identity.equals(a.identity())).findFirst();
            if (holder.isPresent() && !holder.get().name().equals(name)) {
                throw new IllegalStateException("your identity at " + identity.issuer() + " is linked to another "
                        + "account of this service already; ask an admin");
            }
            int i = indexOf(accounts, name);
            Account account = accounts.get(i);
            if (account.identity() != null && !account.identity().equals(identity)) {
                throw new IllegalStateException("the account " + name + " is linked to another identity at "
                        + account.identity().issuer() + " already; ask an admin");
            }
            result[0] = account.withIdentity(identity);
            accounts.set(i, result[0]);
            return accounts;
        });
        return result[0];
    }

    /** Disables the account named {@code name}: it can no longer sign in. */
    public Account disable(String name) {
        return replace(name, Account::disable);
    }

    /**
     * Lets the account named {@code name} upload model scripts ({@code .java}, Java code the service compiles and
     * runs) or stops it. A guest is an untrusted account, so allowing one is an IllegalArgumentException saying so;
     * admins may always.
     */
    public Account allowScripts(String name, boolean allowed) {
        return replace(name, a -> {
            if (allowed && a.role() == Role.GUEST) {
                throw new IllegalArgumentException("user " + name + " is a guest, and guests never run code on the "
                        + "service: make the account a member first to let it upload model scripts");
            }
            return a.withScripts(allowed);
        });
    }

    /** Gives the account named {@code name} the role {@code role} (a guest loses any permission to upload scripts). */
    public Account changeRole(String name, Role role) {
        return replace(name, a -> a.withRole(role));
    }

    /**
     * Makes a new API token for {@code name}, labelled {@code label}: its secret is returned this once and only its
     * hash is kept ({@link ApiToken}).
     */
    public NewToken createToken(String name, String label) {
        String secret = ApiToken.newSecret();
        String shown = label == null || label.isBlank() ? "token" : label.strip();
        if (shown.length() > 64) {
            throw new IllegalArgumentException("a token's label has at most 64 characters, got " + shown.length());
        }
        ApiToken token = new ApiToken(ApiToken.newId(), shown, ApiToken.hash(secret), clock.instant());
        replace(name, a -> {
            List<ApiToken> tokens = new ArrayList<>(a.tokens());
            tokens.add(token);
            return a.withTokens(tokens);
        });
        return new NewToken(token, secret);
    }

    /** Revokes {@code name}'s token {@code id}; an unknown id is an IllegalArgumentException. */
    public void revokeToken(String name, String id) {
        replace(name, a -> {
            if (a.tokens().stream().noneMatch(t -> t.id().equals(id))) {
                throw new IllegalArgumentException("user " + name + " has no token " + id);
            }
            return a.withTokens(a.tokens().stream().filter(t -> !t.id().equals(id)).toList());
        });
    }

    /** The enabled account one of whose tokens is {@code secret}, or empty. */
    public Optional<Account> byToken(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return read().stream().filter(a -> !a.disabled() && a.tokens().stream().anyMatch(t -> t.matches(secret))).findFirst();
    }

    /**
     * A token just made: the stored part and its secret, which is shown to its owner this once.
     *
     * @param token  what is stored
     * @param secret the token itself
     */
    public record NewToken(ApiToken token, String secret) {
    }

    /** Sets a new password (and enables the account again). */
    public Account resetPassword(String name, CharSequence password) {
        String hash = PasswordHashing.hash(password);
        return replace(name, a -> a.withPasswordHash(hash));
    }

    /**
     * The enabled account whose password is {@code password}, or empty. An unknown name costs a hash as well,
     * so the time of an answer does not tell which names exist.
     */
    public Optional<Account> verify(String name, CharSequence password) {
        Optional<Account> account = find(name);
        boolean matches = PasswordHashing.matches(password, account.map(Account::passwordHash).orElse(Decoy.HASH));
        return account.filter(a -> matches && !a.disabled());
    }

    private Account replace(String name, UnaryOperator<Account> how) {
        Account[] changed = new Account[1];
        change(accounts -> {
            int i = indexOf(accounts, name);
            changed[0] = how.apply(accounts.get(i));
            accounts.set(i, changed[0]);
            return accounts;
        });
        return changed[0];
    }

    private static int indexOf(List<Account> accounts, String name) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no user " + name + " (evofit users list shows them)");
    }

    private void change(UnaryOperator<List<Account>> how) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                write(how.apply(new ArrayList<>(read())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the accounts cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private void write(List<Account> accounts) throws IOException {
        ArrayNode users = JSON.createArrayNode();
        for (Account a : accounts) {
            ObjectNode user = users.addObject().put("name", a.name()).put("role", a.role().key())
                    .put("passwordHash", a.passwordHash()).put("disabled", a.disabled()).put("scripts", a.scripts())
                    .put("created", a.created().toString());
            if (a.identity() != null) {
                user.putObject("identity").put("issuer", a.identity().issuer()).put("subject", a.identity().subject());
            }
            ArrayNode tokens = user.putArray("tokens");
            a.tokens().forEach(t -> tokens.addObject().put("id", t.id()).put("label", t.label()).put("sha256", t.sha256())
                    .put("created", t.created().toString()));
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("users", users);
        Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, JSON.writeValueAsBytes(root), StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private List<Account> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Account> accounts = new ArrayList<>();
            for (JsonNode u : JSON.readTree(file.toFile()).path("users")) {
                List<ApiToken> tokens = new ArrayList<>();
                for (JsonNode t : u.path("tokens")) {
                    tokens.add(new ApiToken(t.path("id").asText(), t.path("label").asText(), t.path("sha256").asText(),
                            Instant.parse(t.path("created").asText())));
                }
                accounts.add(new Account(u.path("name").asText(), Role.of(u.path("role").asText()),
                        u.path("passwordHash").asText(), u.path("disabled").asBoolean(), u.path("scripts").asBoolean(),
                        Instant.parse(u.path("created").asText()), tokens, identity(u.path("identity"))));
            }
            return accounts;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + ": the accounts file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static ExternalIdentity identity(JsonNode node) {
        return node.isObject() ? new ExternalIdentity(node.path("issuer").asText(), node.path("subject").asText()) : null;
    }

    /** A hash of no one's password, checked for an unknown name so that it takes as long as a known one. */
    private static final class Decoy {
        static final String HASH = PasswordHashing.hash("not-a-password-" + System.nanoTime());
    }
}
