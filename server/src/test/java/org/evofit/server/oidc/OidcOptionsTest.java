package org.evofit.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.util.List;
import org.evofit.server.OidcOptions;
import org.evofit.server.account.Role;
import org.junit.jupiter.api.Test;

/** What an OIDC configuration may be, and the account names made from an issuer's claims. */
class OidcOptionsTest {

    private static final URI CALLBACK = URI.create("https://fit.example.org/sign-in/oidc/callback");

    private static OidcOptions options(String issuer, String redirect, Role role, String secret) {
        return new OidcOptions(URI.create(issuer), "evofit", secret, URI.create(redirect), null, role, null, null);
    }

    @Test
    void defaultsAreOpenidProfileEmailTheIssuersHostAndPreferredUsername() {
        OidcOptions o = options("https://login.example.org/realms/lab", CALLBACK.toString(), Role.GUEST, null);
        assertThat(o.scopes()).containsExactly("openid", "profile", "email");
        assertThat(o.label()).isEqualTo("login.example.org");
        assertThat(o.nameClaim()).isEqualTo("preferred_username");
        assertThat(o.confidential()).isFalse();
    }

    @Test
    void theSecretIsNeverShown() {
        OidcOptions o = options("https://login.example.org", CALLBACK.toString(), Role.MEMBER, "very-secret-value");
        assertThat(o.toString()).doesNotContain("very-secret-value").contains("clientSecret=(hidden)");
    }

    @Test
    void plainHttpOffTheLoopbackAnAdminDefaultAndScopesWithoutOpenidAreRefused() {
        assertThatThrownBy(() -> options("http://login.example.org", CALLBACK.toString(), Role.GUEST, null))
                .hasMessageContaining("--oidc-issuer http://login.example.org must be an https URL");
        assertThatThrownBy(() -> options("https://login.example.org", "http://fit.example.org/cb", Role.GUEST, null))
                .hasMessageContaining("--oidc-redirect-uri");
        assertThatThrownBy(() -> options("https://login.example.org", CALLBACK.toString(), Role.ADMIN, null))
                .hasMessageContaining("--oidc-default-role admin");
        assertThatThrownBy(() -> new OidcOptions(URI.create("https://login.example.org"), "evofit", null, CALLBACK,
                List.of("profile"), Role.GUEST, null, null)).hasMessageContaining("must include openid");
        assertThatThrownBy(() -> options("https://login.example.org", CALLBACK.toString(), Role.GUEST, " "))
                .hasMessageContaining("client secret is empty");
        assertThat(options("http://127.0.0.1:9000", "http://localhost:8080/cb", Role.GUEST, null).issuer().getPort())
                .isEqualTo(9000);
    }

    @Test
    void accountNamesComeFromTheNameClaimThenTheEmailThenTheSubject() {
        JWTClaimsSet.Builder base = new JWTClaimsSet.Builder().issuer("https://i").subject("248289761001");
        assertThat(OidcIdentity.of(base.claim("preferred_username", "Jane Doe").build(), "preferred_username").name())
                .isEqualTo("jane-doe");
        assertThat(OidcIdentity.of(new JWTClaimsSet.Builder().issuer("https://i").subject("s")
                .claim("email", "J.Smith@uni.example").build(), "preferred_username").name()).isEqualTo("j.smith");
        String made = OidcIdentity.of(new JWTClaimsSet.Builder().issuer("https://i").subject("s").build(),
                "preferred_username").name();
        assertThat(made).matches("user-[0-9a-f]{12}");
        assertThat(OidcIdentity.sanitised("__Ünïcode.Name-With-A-Very-Long-Tail-Beyond-32")).isEqualTo("n-code.name-with-a-very-long-tai")
                .hasSize(32);
    }
}
