package org.evofit.server.limits;

import java.util.List;
import org.evofit.server.Html;

/** The admins' page of the audit log: the latest records, newest first. */
final class AuditPage {

    private AuditPage() {
    }

    static String html(List<AuditRecord> records) {
        StringBuilder body = new StringBuilder("<h1>Audit log</h1>\n<p class=\"muted\">The latest ").append(records.size())
                .append(" records of sign-ins, failures, uploads, submissions, shares, deletions and admins' changes, "
                        + "newest first (all of them: GET /api/audit?limit=N).</p>\n<table id=\"audit\"><tr><th>Time</th><th>Event"
                        + "</th><th>User</th><th>Address</th><th>Request</th><th>Request id</th><th>Status</th><th>Target</th><th>Detail</th></tr>\n");
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            body.append("<tr><td>").append(Html.text(r.time())).append("</td><td>").append(Html.text(r.event()))
                    .append("</td><td>").append(Html.text(r.user())).append("</td><td>").append(Html.text(r.address()))
                    .append("</td><td>").append(Html.text(r.method() + " " + r.path())).append("</td><td>")
                    .append(Html.text(r.requestId())).append("</td><td>").append(r.status()).append("</td><td>")
                    .append(Html.text(r.target())).append("</td><td>").append(r.detail() == null ? "" : Html.text(r.detail())).append("</td></tr>\n");
        }
        return Html.page("Audit log", body.append("</table>\n<p><a href=\"/\">Projects</a></p>").toString());
    }
}
