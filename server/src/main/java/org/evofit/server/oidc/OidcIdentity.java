package org.evofit.server.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.HexFormat;
import java.util.Locale;
import org.evofit.server.account.ExternalIdentity;

/**
 * A person the issuer vouched for: who they are there, and the account name they get here at their first sign-in.
 *
 * @param identity the issuer and subject (what finds their account at every later sign-in)
 * @param name     a valid account name made from the name claim, else the e-mail's local part, else the subject
 */
public record OidcIdentity(ExternalIdentity identity, String name) {

    private static final int MAX_NAME = 32;

    /** The identity in verified {@code claims}, named from {@code nameClaim} when it has one. */
    static OidcIdentity of(JWTClaimsSet claims, String nameClaim) {
        ExternalIdentity identity = new ExternalIdentity(claims.getIssuer(), claims.getSubject());
        String name = sanitised(text(claims, nameClaim));
        if (name.isEmpty()) {
            String email = text(claims, "email");
            name = sanitised(email.contains("@") ? email.substring(0, email.indexOf('@')) : "");
        }
        if (name.isEmpty()) {
            name = "user-" + HexFormat.of().formatHex(Pkce.sha256(claims.getSubject())).substring(0, 12);
        }
        return new OidcIdentity(identity, name);
    }

    private static String text(JWTClaimsSet claims, String claim) {
        Object value = claims.getClaim(claim);
        return value instanceof String s ? s : "";
    }

    /** Lower case, anything but a-z 0-9 . _ - as '-', starting with a letter or digit, at most 32 characters. */
    static String sanitised(String raw) {
        String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceFirst("^[._-]+", "");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
