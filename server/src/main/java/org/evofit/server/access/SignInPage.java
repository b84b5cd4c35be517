package org.evofit.server.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.evofit.server.Html;

/** The sign-in page: a name, a password, and where to go afterwards; a refusal shown above the form. */
final class SignInPage {

    private SignInPage() {
    }

    /** The page; {@code oidcLabel} names the issuer of a "Sign in with" button, or is null for none. */
    static String html(String next, String problem, String user, String oidcLabel) {
        String refusal = problem == null ? "" : "<p class=\"error\" id=\"sign-in-problem\">" + Html.text(problem) + "</p>\n";
        return Html.page("Sign in", "<h1>Sign in</h1>\n" + refusal
                + "<form id=\"sign-in\" method=\"post\" action=\"" + SignInFeature.SIGN_IN + "\">"
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.text(next) + "\">"
                + "<p><label>Name <input name=\"user\" autocomplete=\"username\" required value=\"" + Html.text(user)
                + "\"></label></p>"
                + "<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                + "required></label></p>"
                + "<p><button type=\"submit\">Sign in</button></p></form>" + oidcButton(next, oidcLabel));
    }

    /** A link, not a form: starting a sign-in changes nothing here but a pending entry, and needs no CSRF token. */
    private static String oidcButton(String next, String label) {
        if (label == null) {
            return "";
        }
        return "<p><a id=\"sign-in-oidc\" class=\"button\" href=\"" + OidcSignIn.START + "?next="
                + Html.text(URLEncoder.encode(next, StandardCharsets.UTF_8)) + "\">Sign in with "
                + Html.text(label) + "</a></p>";
    }

    static String signedIn(Session session) {
        return Html.page("Signed in", "<h1>Signed in</h1><p id=\"signed-in-as\">Signed in as "
                + Html.text(session.user()) + ".</p><form id=\"sign-out\" method=\"post\" action=\""
                + SignInFeature.SIGN_OUT + "\"><button type=\"submit\">Sign out</button></form>"
                + "<p><a href=\"/\">Projects</a> · <a href=\"" + AccountFeature.ACCOUNT + "\" id=\"account-link\">Account and "
                + "API tokens</a></p>");
    }
}
