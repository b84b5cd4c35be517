package org.evofit.server.access;

import java.util.Map;
import org.evofit.server.Html;
import org.evofit.server.account.Account;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;

/** The account page: who you are, what you may do, your API tokens and the forms to make and revoke them. */
final class AccountPage {

    private AccountPage() {
    }

    /**
     * The page; {@code made} is a token just made, whose secret it shows this once (or null); {@code issuerLabel}
     * names the OpenID Connect issuer the account may link its identity at (null: none).
     */
    static String html(Account account, UserStore.NewToken made, String issuerLabel) {
        StringBuilder body = new StringBuilder("<h1>Account</h1>\n<p id=\"account\">")
                .append(Html.text(account.name())).append(" (").append(account.role().key()).append(")</p>\n")
                .append("<p id=\"scripts\">").append(account.scripts() || account.role() == Role.ADMIN
                        ? "You may upload model scripts (.java)."
                        : "You may not upload model scripts (.java): they run as code on the service, and only an "
                                + "admin may allow an account to (guests never).").append("</p>\n<h2>API tokens</h2>\n");
        if (made != null) {
            body.append("<p class=\"notice\">Your new token <b>").append(Html.text(made.token().label()))
                    .append("</b>, shown this once (only its hash is kept): copy it now.</p>\n<pre id=\"new-token\">")
                    .append(Html.text(made.secret())).append("</pre>\n<p class=\"muted\">Send it as <code>Authorization: "
                    + "Bearer TOKEN</code>; git takes your name and the token as the password.</p>\n");
        }
        if (account.tokens().isEmpty()) {
            body.append("<p class=\"muted\" id=\"no-tokens\">No tokens.</p>\n");
        } else {
            body.append("<table id=\"tokens\"><tr><th>Label</th><th>Id</th><th>Made</th><th></th></tr>\n");
            for (Map<String, Object> t : AccountFeature.listed(account)) {
                String id = Html.text(t.get("id"));
                body.append("<tr data-token=\"").append(id).append("\"><td>").append(Html.text(t.get("label")))
                        .append("</td><td>").append(id).append("</td><td>").append(Html.text(t.get("created")))
                        .append("</td><td><form method=\"post\" action=\"").append(AccountFeature.ACCOUNT)
                        .append("/tokens/").append(id).append("/revoke\"><button type=\"submit\">Revoke</button></form>")
                        .append("</td></tr>\n");
            }
            body.append("</table>\n");
        }
        return Html.page("Account", body.append("<form id=\"new-token-form\" method=\"post\" action=\"")
                .append(AccountFeature.ACCOUNT).append("/tokens\"><label>Label <input name=\"label\" id=\"token-label\" "
                        + "maxlength=\"64\"></label> <button type=\"submit\" id=\"make-token\">Make a token</button></form>\n")
                .append(linking(account, issuerLabel)).append(adminLinks(account))
                .append("<p><a href=\"/\">Projects</a></p>").toString());
    }

    /** For an admin, the pages only admins see (named here, not imported: the admin pages build on this package). */
    private static String adminLinks(Account account) {
        return account.role() != Role.ADMIN ? "" : "<h2>Administration</h2>\n<p><a href=\"/admin/accounts\" "
                + "id=\"admin-accounts\">Accounts</a>: who may upload model scripts, roles, disabling · "
                + "<a href=\"/admin/audit\">Audit log</a></p>\n";
    }

    /** The part that links the account to its identity at the issuer, or says that it is linked. */
    private static String linking(Account account, String issuerLabel) {
        if (issuerLabel == null) {
            return "";
        }
        String label = Html.text(issuerLabel);
        if (account.identity() != null) {
            return "<h2>Sign-in through " + label + "</h2>\n<p id=\"linked\">Linked: signing in through " + label
                    + " enters this account.</p>\n";
        }
        return "<h2>Sign-in through " + label + "</h2>\n<form id=\"link-form\" method=\"post\" action=\""
                + OidcSignIn.LINK + "\"><button type=\"submit\" id=\"link\">Link with " + label + "</button></form>\n"
                + "<p class=\"muted\">Once linked, signing in through " + label + " enters this account.</p>\n";
    }
}
