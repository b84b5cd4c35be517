package org.evofit.dispatch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the run store lives and how to log in: a JDBC URL ({@code jdbc:sqlite:FILE} or
 * {@code jdbc:postgresql://HOST/DB}) and credentials. Credentials never come from the command line
 * (it shows in {@code ps}): they come from the environment ({@code EVOFIT_DB_USER},
 * {@code EVOFIT_DB_PASSWORD}) or, for what the environment does not set, from a properties file
 * ({@code user=}, {@code password=}). A URL holding a password in any form is refused, and a URL is
 * only ever shown through {@link Secrets#masked}.
 *
 * @param url      the JDBC URL
 * @param user     the database role, or {@code null} (SQLite, or the driver's default)
 * @param password its password, or {@code null}
 */
public record DbConfig(String url, String user, String password) {

    /** Environment variable naming the database role. */
    public static final String USER_ENV = "EVOFIT_DB_USER";
    /** Environment variable holding the role's password. */
    public static final String PASSWORD_ENV = "EVOFIT_DB_PASSWORD";

    /** Checks the URL names a database evofit can use and holds no password. */
    public DbConfig {
        if (url == null || !(url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("--db: expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE"
                    + " but found " + Secrets.masked(url));
        }
        Secrets.inUrl(url).ifPresent(where -> {
            throw new IllegalArgumentException("--db: the URL holds a password in " + where + "; put the password in "
                    + PASSWORD_ENV + " or the config file (password=), never in the URL: a URL shows in the process "
                    + "list and in logs");
        });
    }

    /** A SQLite store in {@code file}, no credentials. */
    public static DbConfig sqlite(Path file) {
        return new DbConfig("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /**
     * The URL with credentials from {@code env} first, then from {@code configFile} when it exists.
     *
     * @throws IllegalArgumentException when the config file exists but cannot be read, or holds a
     *                                  password and is readable by every user of the machine
     */
    public static DbConfig resolve(String url, Map<String, String> env, Path configFile) {
        Properties file = new Properties();
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader in = Files.newBufferedReader(configFile)) {
                file.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(configFile + ": cannot read the config file: " + e.getMessage(), e);
            }
        }
        if (file.getProperty("password") != null) {
            refuseIfWorldReadable(configFile);
        }
        String user = env.getOrDefault(USER_ENV, file.getProperty("user"));
        String password = env.getOrDefault(PASSWORD_ENV, file.getProperty("password"));
        return new DbConfig(url, user, password);
    }

    /**
     * Refuses a config file with a password that every user of the machine can read (as ssh refuses a
     * private key open to others): group-readable is fine (the Ansible role gives the worker's group
     * read access), world-readable is not.
     */
    private static void refuseIfWorldReadable(Path configFile) {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(configFile);
        } catch (UnsupportedOperationException | IOException e) {
            return;   // no POSIX permissions to judge (another file system)
        }
        if (mode.contains(PosixFilePermission.OTHERS_READ)) {
            throw new IllegalArgumentException(configFile + ": holds a password but every user of this machine can read it (mode "
                    + PosixFilePermissions.toString(mode) + "): chmod 600 " + configFile);
        }
    }

    /** The default config file, {@code ~/.config/evofit/evofit.properties}. */
    public static Path defaultConfigFile() {
        return Path.of(System.getProperty("user.home"), ".config", "evofit", "evofit.properties");
    }

    /** Whether this is a PostgreSQL store (which a cluster needs). */
    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return Secrets.masked(url) + (user == null ? "" : " as " + user);
    }
}
