package org.evofit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import picocli.CommandLine.Option;

/** The run store options every cluster verb shares: {@code --db URL} and {@code --config FILE}. */
final class DbOptions {

    @Option(names = "--db", required = true, paramLabel = "URL",
            description = "The run store: jdbc:postgresql://HOST[:PORT]/DATABASE (a cluster) or jdbc:sqlite:FILE. "
                    + "Credentials come from EVOFIT_DB_USER / EVOFIT_DB_PASSWORD or the config file, never from here.")
    String url;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with user= and password= (default: ~/.config/evofit/evofit.properties).")
    Path config;

    /** The store's URL with its credentials; a URL holding a password is bad input (DbConfig refuses it). */
    DbConfig resolve() {
        return resolve(url, config);
    }

    /**
     * Store {@code url} with its credentials from the environment or {@code config} (when null, the default
     * config file if it exists), for the verbs whose {@code --db} is optional and so not this mixin. A
     * {@code config} that names no file, or a URL holding a password, is bad input.
     */
    static DbConfig resolve(String url, Path config) {
        if (config != null && !Files.isRegularFile(config)) {
            throw new BadInputException(config + ": --config names no file");
        }
        try {
            return DbConfig.resolve(url, System.getenv(), config != null ? config : DbConfig.defaultConfigFile());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Opens the store named by {@code --db} (two connections: one command's work at a time). */
    Database open() {
        return open(resolve());
    }

    /**
     * Opens the existing store named by {@code --db}, creating and migrating nothing: for the verbs
     * that read a store or change what it holds (a mistyped URL leaves no empty store behind).
     */
    Database openExisting() {
        return Database.openExisting(resolve(), 2);
    }

    /** Opens the store of a configuration already {@link #resolve() resolved} (and checked) by the caller. */
    static Database open(DbConfig config) {
        return Database.open(config, 2);
    }
}
