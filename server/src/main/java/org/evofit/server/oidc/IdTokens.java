package org.evofit.server.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Set;

/**
 * Verifies an ID token (OIDC Core 1.0, section 3.1.3.7) with Nimbus JOSE+JWT: signed with one of the issuer's keys
 * by an asymmetric algorithm (never {@code none}, never an HMAC keyed with something public), issued by the
 * configured issuer for this client, not expired (a minute of clock skew), with the sign-in's nonce and a subject.
 */
final class IdTokens {

    /** The algorithms issuers sign ID tokens with; RS256 is the one every issuer must offer. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private IdTokens() {
    }

    /**
     * The claims of {@code idToken} when it passes every check against {@code keys}; otherwise an OidcRefusal saying
     * which check failed (and never the token).
     */
    static JWTClaimsSet verify(String idToken, JWKSet keys, String issuer, String clientId, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(clientId),
                new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp"), null));
        try {
            return processor.process(idToken, null);
        } catch (ParseException e) {
            throw new OidcRefusal("the issuer's ID token is not a JWT");
        } catch (BadJOSEException e) {
            throw new OidcRefusal("the issuer's ID token was refused: " + reason(e.getMessage(), nonce));
        } catch (JOSEException e) {
            throw new OidcRefusal("the issuer's ID token could not be verified: " + e.getMessage());
        }
    }

    /** Nimbus's reason, without the expected nonce (a value of this sign-in, not for the page). */
    private static String reason(String message, String nonce) {
        String said = message == null ? "no reason given" : message.replace(nonce, "(this sign-in's nonce)");
        if (said.contains("nonce")) {
            return said + " (the token was not issued for this sign-in)";
        }
        if (said.contains("Expired")) {
            return said + " (its expiry time has passed: sign in again)";
        }
        if (said.contains("aud claim") || said.contains("audience")) {
            return said + " (the token was issued for another client than this service)";
        }
        if (said.contains("iss claim")) {
            return said + " (the token was issued by another issuer than the one configured)";
        }
        if (said.contains("matching key") || said.contains("signature")) {
            return said + " (it was not signed with a key the issuer publishes)";
        }
        return said;
    }
}
