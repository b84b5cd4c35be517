package org.evofit.server.sharing;

import org.evofit.server.Html;

/** The sharing part of a project's page: its owner, whom it is shared with, and for its owner the forms. */
final class SharingPage {

    private SharingPage() {
    }

    static String html(String project, Sharing sharing, boolean mayShare) {
        StringBuilder out = new StringBuilder("<h2>Sharing</h2>\n<p id=\"owner\">")
                .append(sharing.owner() == null ? "No owner (made before accounts): admins only"
                        : "Owner: " + Html.text(sharing.owner()))
                .append(sharing.publicRead() ? "; public: every signed-in user may read it" : "").append("</p>\n");
        if (!sharing.listed().isEmpty()) {
            out.append("<ul id=\"shares\">");
            sharing.listed().forEach((user, level) -> out.append("<li>").append(Html.text(user)).append(": ")
                    .append(level.key()).append("</li>"));
            out.append("</ul>\n");
        }
        if (!mayShare) {
            return out.toString();
        }
        String action = "/projects/" + Html.text(project) + "/sharing";
        return out.append("<form id=\"share\" method=\"post\" action=\"").append(action).append("\">")
                .append("<label>User <input name=\"user\" id=\"share-user\" required></label> ")
                .append("<select name=\"access\" id=\"share-access\"><option value=\"read\">read</option>")
                .append("<option value=\"write\">write</option><option value=\"none\">stop sharing</option></select> ")
                .append("<button type=\"submit\" id=\"share-button\">Share</button></form>\n")
                .append("<form id=\"publish\" method=\"post\" action=\"").append(action).append("\">")
                .append("<input type=\"hidden\" name=\"public\" value=\"").append(!sharing.publicRead()).append("\">")
                .append("<button type=\"submit\" id=\"publish-button\">")
                .append(sharing.publicRead() ? "Make private" : "Make public (read-only)").append("</button></form>\n")
                .toString();
    }

    /** The admins' form that gives the project to another account. */
    static String transferForm(String project, Sharing sharing) {
        return "<form id=\"transfer\" method=\"post\" action=\"/projects/" + Html.text(project) + "/owner\">"
                + "<label>Give to account <input name=\"user\" id=\"transfer-user\" required></label> "
                + "<button type=\"submit\" id=\"transfer-button\">"
                + (sharing.owner() == null ? "Give it an owner" : "Transfer") + "</button></form>\n"
                + "<p class=\"muted\">The project keeps its id, so its links and git clone URL stay.</p>\n";
    }
}
