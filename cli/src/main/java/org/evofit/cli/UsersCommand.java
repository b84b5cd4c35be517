package org.evofit.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.evofit.server.DataDirectory;
import org.evofit.server.account.Account;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.admin.HostAccountChanges;
import org.evofit.server.limits.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code evofit users}: the accounts of {@code evofit serve} under its {@code --data}. A password is typed at the
 * console (twice) or read from standard input with {@code --password-stdin}; it is never an argument, where other
 * users of the machine could read it in the process list and the shell would keep it in its history.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the accounts of evofit serve: add, list, disable, reset-password, scripts, role.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.ResetPassword.class, UsersCommand.Scripts.class, UsersCommand.ChangeRole.class})
final class UsersCommand extends Verb {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "evofit-data", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The data directory of evofit serve, whose service/users.json holds the accounts.")
    Path data;

    @Override
    public Integer call() {
        throw new BadInputException("users: choose one of add, list, disable, reset-password, scripts, role");
    }

    UserStore store() {
        return new UserStore(DataDirectory.open(data).service(), Clock.systemUTC());
    }

    /** Where a new password comes from: standard input's first line, or the console asked twice. */
    static final class PasswordInput {
        @Option(names = "--password-stdin", description = "Read the password from standard input's first line.")
        boolean stdin;

        char[] read(String user) {
            return stdin ? fromStdin() : fromConsole(user);
        }
    }

    private static char[] fromStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new BadInputException("--password-stdin: standard input held no password (one line expected)");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char[] fromConsole(String user) {
        Console console = System.console();
        if (console == null) {
            throw new BadInputException("no console to type the password at: pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", user);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new BadInputException("the two passwords differ; nothing was changed");
        }
        return first;
    }

    static String describe(Account a) {
        return a.name() + "\t" + a.role().key() + "\t" + (a.disabled() ? "disabled" : "enabled")
                + "\t" + (a.scripts() ? "scripts" : "no-scripts") + "\t" + a.created();
    }

    /** {@code evofit users add NAME --role ROLE}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account (the password is asked for).")
    static final class Add extends Verb {
        @ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME", description = "Sign-in name: lower-case letters, digits, '.', '_', '-'.")
        String name;
        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "admin, member or guest.")
        String role;
        @Mixin
        PasswordInput password;

        @Override
        public Integer call() {
            Role parsed = Users.checked(() -> Role.of(role));
            UserStore store = users.store();
            char[] typed = password.read(name);
            try {
                Account added = Users.checked(() -> store.add(name, parsed, java.nio.CharBuffer.wrap(typed)));
                out().println("added " + describe(added));
            } finally {
                Arrays.fill(typed, '\0');
            }
            return 0;
        }
    }

    /** {@code evofit users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, state, scripts, created.")
    static final class ListUsers extends Verb {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            PrintWriter out = out();
            users.store().list().forEach(a -> out.println(describe(a)));
            return 0;
        }
    }

    /** {@code evofit users disable NAME}. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: it can no longer sign in.")
    static final class Disable extends Verb {
        @ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;

        @Override
        public Integer call() {
            out().println("disabled " + describe(Users.checked(() -> users.store().disable(name))));
            return 0;
        }
    }

    /** {@code evofit users reset-password NAME}. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password (the account is enabled again).")
    static final class ResetPassword extends Verb {
        @ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;
        @Mixin
        PasswordInput password;

        @Override
        public Integer call() {
            UserStore store = users.store();
            Users.checked(() -> store.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "no user " + name + " (evofit users list shows them)")));
            char[] typed = password.read(name);
            try {
                out().println("password reset for " + describe(Users.checked(
                        () -> store.resetPassword(name, java.nio.CharBuffer.wrap(typed)))));
            } finally {
                Arrays.fill(typed, '\0');
            }
            return 0;
        }
    }

    /** {@code evofit users scripts NAME on|off}. */
    @Command(name = "scripts", mixinStandardHelpOptions = true,
            description = "Let an account upload model scripts (.java, which run as Java code on the service) or stop it; "
                    + "admins always may, guests never.")
    static final class Scripts extends Verb {
        @ParentCommand
        UsersCommand users;
        @Parameters(index = "0", paramLabel = "NAME", description = "The account.")
        String name;
        @Parameters(index = "1", paramLabel = "on|off", description = "on: may upload model scripts; off: may not.")
        String allowed;

        @Override
        public Integer call() {
            if (!allowed.equals("on") && !allowed.equals("off")) {
                throw new BadInputException("users scripts " + name + " " + allowed + ": expected on or off");
            }
            out().println((allowed.equals("on") ? "scripts allowed for " : "scripts stopped for ") + describe(
                    Users.checked(() -> users.store().allowScripts(name, allowed.equals("on")))));
            return 0;
        }
    }

    /** {@code evofit users role NAME ROLE}: audited as the accounts page's change of a role is. */
    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Give an account another role (admin, member or guest); the change is in the audit log.")
    static final class ChangeRole extends Verb {
        @ParentCommand
        UsersCommand users;
        @Parameters(index = "0", paramLabel = "NAME", description = "The account.")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, member or guest.")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.of(role);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("users role " + name + " " + role + ": " + role
                        + " is not a role; expected admin, member or guest");
            }
            DataDirectory dir = DataDirectory.open(users.data);
            AuditLog audit = new AuditLog(dir.service());
            out().println("role changed: " + describe(Users.checked(() -> HostAccountChanges.changeRole(users.store(),
                    audit, Clock.systemUTC(), name, parsed))));
            return 0;
        }
    }

    /** Turns the store's refusals (IllegalArgumentException) into bad input: exit 2 with the message. */
    private static final class Users {
        static <T> T checked(java.util.function.Supplier<T> action) {
            try {
                return action.get();
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }
}
