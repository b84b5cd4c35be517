package org.evofit.server.limits;

/**
 * One line of the audit log: who did what, from where, when, under which correlation id, and how it was answered.
 *
 * @param time      when it was answered (ISO-8601, UTC)
 * @param event     {@code sign-in}, {@code sign-in-failure}, {@code upload}, {@code submission}, {@code share}
 *                  ({@code share-unknown-user} for a name without an account), {@code deletion}, {@code link} (an
 *                  account linked to its identity at an OpenID Connect issuer), {@code account-scripts},
 *                  {@code account-disable}, {@code account-role} (an admin's change of an account) or {@code transfer}
 * @param user      the account it acted for (for a sign-in, the name typed), or null for none
 * @param address   the client's address
 * @param requestId the request's correlation id (its X-Request-Id, as in the service's log)
 * @param method    the HTTP method
 * @param path      the path (never the query, which carries nothing of this)
 * @param status    the HTTP status answered
 * @param detail    what the route added (why a sign-in through an issuer was refused, which issuer, what an
 *                  admin changed), or null
 * @param target    what an admin's change acted on (the account changed; for a transfer, the project), or null
 */
public record AuditRecord(String time, String event, String user, String address, String requestId, String method,
                          String path, int status, String detail, String target) {
}
