package org.evofit.server.admin;

import java.util.List;
import org.evofit.server.Html;
import org.evofit.server.account.Account;
import org.evofit.server.account.Role;

/** The admins' accounts page: a row per account, with the forms that change it. */
final class AccountsPage {

    private AccountsPage() {
    }

    /** The page as the admin {@code self} sees it (their own row has no form that could lock them out). */
    static String html(List<Account> accounts, String self) {
        StringBuilder body = new StringBuilder("<h1>Accounts</h1>\n<p class=\"muted\">Model scripts (.java) are Java "
                + "code the service compiles and runs: allow them only to members you trust (admins always may, guests "
                + "never). A disabled account is enabled again by giving it a new password (evofit users "
                + "reset-password NAME).</p>\n<table id=\"accounts\"><tr><th>Name</th><th>Role</th><th>Disabled</th>"
                + "<th>Model scripts</th><th>Linked identity</th><th>Change</th></tr>\n");
        for (Account a : accounts) {
            String name = Html.text(a.name());
            String action = AccountsFeature.PAGE + "/" + name;
            body.append("<tr data-account=\"").append(name).append("\"><td>").append(name).append("</td><td class=\"role\">")
                    .append(a.role().key()).append("</td><td class=\"disabled\">").append(a.disabled() ? "disabled" : "")
                    .append("</td><td class=\"scripts\">").append(scripts(a, action)).append("</td><td>")
                    .append(a.identity() == null ? "" : Html.text(a.identity().issuer() + " " + a.identity().subject()))
                    .append("</td><td>").append(a.name().equals(self) ? "(you)" : changes(a, action))
                    .append("</td></tr>\n");
        }
        return Html.page("Accounts", body.append("</table>\n<p><a href=\"/admin/audit\">Audit log</a> · "
                + "<a href=\"/account\">Account</a></p>").toString());
    }

    /** Whether the account may upload model scripts, and for a member the form that turns it over. */
    private static String scripts(Account a, String action) {
        if (a.role() == Role.ADMIN) {
            return "always (admin)";
        }
        if (a.role() == Role.GUEST) {
            return "never (guest: make the account a member first)";
        }
        return (a.scripts() ? "allowed " : "forbidden ") + form(action, "scripts", String.valueOf(!a.scripts()),
                a.scripts() ? "Forbid" : "Allow", "scripts-" + Html.text(a.name()));
    }

    private static String changes(Account a, String action) {
        StringBuilder out = new StringBuilder("<form method=\"post\" action=\"").append(action).append("\">")
                .append("<select name=\"role\" aria-label=\"role\">");
        for (Role role : Role.values()) {
            out.append("<option value=\"").append(role.key()).append(role == a.role() ? "\" selected>" : "\">")
                    .append(role.key()).append("</option>");
        }
        out.append("</select> <button type=\"submit\">Change role</button></form>");
        return a.disabled() ? out.toString()
                : out.append(' ').append(form(action, "disabled", "true", "Disable", "disable-" + Html.text(a.name())))
                        .toString();
    }

    private static String form(String action, String field, String value, String label, String id) {
        return "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\"" + field + "\" value=\""
                + value + "\"><button type=\"submit\" id=\"" + id + "\">" + label + "</button></form>";
    }
}
