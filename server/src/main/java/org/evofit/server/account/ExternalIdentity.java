package org.evofit.server.account;

import java.util.Objects;

/**
 * Who an account is at an OpenID Connect issuer: the pair the OIDC standard makes unique and stable for a person
 * (a name or an e-mail address may change or be given to someone else; the subject never is).
 *
 * @param issuer  the issuer's URL as its ID tokens state it
 * @param subject the {@code sub} claim: the issuer's id of the person
 */
public record ExternalIdentity(String issuer, String subject) {

    /** Checks that both are given. */
    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (issuer.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("an external identity needs an issuer and a subject");
        }
    }
}
