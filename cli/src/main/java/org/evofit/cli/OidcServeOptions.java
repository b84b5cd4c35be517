package org.evofit.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evofit.server.OidcOptions;
import org.evofit.server.account.Role;
import picocli.CommandLine.Option;

/**
 * {@code evofit serve}'s sign-in through an OpenID Connect issuer. The client secret never comes from the command
 * line (other users of the host see it in the process list): from {@code --oidc-client-secret-file} or the
 * environment variable {@value #SECRET_VARIABLE}.
 */
final class OidcServeOptions {

    /** The environment variable holding the client secret when no file is named. */
    static final String SECRET_VARIABLE = "EVOFIT_OIDC_CLIENT_SECRET";
    private static final long MAX_SECRET_BYTES = 4096;

    @Option(names = "--oidc-issuer", paramLabel = "URL",
            description = "Offer \"Sign in with\" this OpenID Connect issuer (authorization code with PKCE), exactly as "
                    + "its tokens state it; ISSUER/.well-known/openid-configuration is read at the first sign-in.")
    URI issuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", description = "This service's client id at the issuer.")
    String clientId;

    @Option(names = "--oidc-client-secret-file", paramLabel = "FILE",
            description = "File holding the client secret (else the environment's " + SECRET_VARIABLE
                    + "; neither: a public client). Never on the command line.")
    Path secretFile;

    @Option(names = "--oidc-redirect-uri", paramLabel = "URL",
            description = "This service's /sign-in/oidc/callback as browsers reach it (behind nginx, its https address), "
                    + "registered at the issuer.")
    URI redirectUri;

    @Option(names = "--oidc-scopes", paramLabel = "SCOPES", defaultValue = "openid profile email",
            description = "Scopes asked for, separated by spaces (openid among them).")
    String scopes;

    @Option(names = "--oidc-default-role", paramLabel = "ROLE", defaultValue = "guest",
            description = "Role of an account made at its first sign-in through the issuer (guest or member).")
    String defaultRole;

    @Option(names = "--oidc-label", paramLabel = "NAME", description = "Name on the button (default: the issuer's host).")
    String label;

    @Option(names = "--oidc-name-claim", paramLabel = "CLAIM", defaultValue = OidcOptions.DEFAULT_NAME_CLAIM,
            description = "ID token claim that names a new account (then the e-mail's local part, then the subject).")
    String nameClaim;

    /** The options given, or null without {@code --oidc-issuer}; a missing or wrong one is bad input naming it. */
    OidcOptions resolve(Map<String, String> environment) {
        if (issuer == null) {
            if (clientId != null || secretFile != null || redirectUri != null || label != null) {
                throw new BadInputException("the --oidc-... options configure sign-in through an issuer: give "
                        + "--oidc-issuer too");
            }
            return null;
        }
        if (redirectUri == null) {
            throw new BadInputException("--oidc-issuer needs --oidc-redirect-uri: this service's /sign-in/oidc/callback "
                    + "as browsers reach it, registered at the issuer");
        }
        try {
            return new OidcOptions(issuer, clientId, secret(environment), redirectUri,
                    Arrays.stream(scopes.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(), Role.of(defaultRole),
                    label, nameClaim);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage().replace("--role ", "--oidc-default-role "));
        }
    }

    private String secret(Map<String, String> environment) {
        if (secretFile == null) {
            return environment.get(SECRET_VARIABLE);
        }
        try {
            if (!Files.isRegularFile(secretFile) || Files.size(secretFile) > MAX_SECRET_BYTES) {
                throw new BadInputException(secretFile + ": --oidc-client-secret-file must name a file of at most "
                        + MAX_SECRET_BYTES + " bytes holding the client secret");
            }
            // The secret is the file's first line: an editor's final newline is not part of it.
            List<String> lines = Files.readAllLines(secretFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (IOException e) {
            throw new BadInputException(secretFile + ": --oidc-client-secret-file cannot be read (" + e.getMessage() + ")");
        }
    }
}
