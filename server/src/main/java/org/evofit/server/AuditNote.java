package org.evofit.server;

import io.javalin.http.Context;

/**
 * What a route tells the audit log about its request beyond the method, path and status the log sees by itself:
 * an exacter event ({@code share-unknown-user}), the account a sign-in entered (which the request did not yet act
 * for), and why it was refused. Set on the request by the route; read by the audit log after the answer.
 *
 * @param event  the event's name, or null for the action's own ({@link Action#key()})
 * @param user   the account the event concerns, or null for the one the request acted for
 * @param detail why, in words (a refusal's reason; never a secret), or null
 * @param target what an admin's change acted on (the account changed, the project given away), or null
 */
public record AuditNote(String event, String user, String detail, String target) {

    /** A note of an event that acts on nothing but the request's own account. */
    public AuditNote(String event, String user, String detail) {
        this(event, user, detail, null);
    }

    private static final String ATTRIBUTE = "evofit.audit-note";

    /** Notes {@code note} on the request (a later note replaces it). */
    public static void set(Context ctx, AuditNote note) {
        ctx.attribute(ATTRIBUTE, note);
    }

    /** The request's note, or null when its route made none. */
    public static AuditNote of(Context ctx) {
        Object note = ctx.attribute(ATTRIBUTE);
        return note instanceof AuditNote n ? n : null;
    }
}
