package org.evofit.server.access;

import java.time.Instant;

/**
 * One signed-in browser.
 *
 * @param id       the cookie's value: 256 random bits, new at every sign-in
 * @param user     the account's name
 * @param csrf     the token every state-changing request of this session must carry (256 random bits)
 * @param lastSeen when the session was last used (it ends after {@link Sessions#IDLE} without use)
 */
public record Session(String id, String user, String csrf, Instant lastSeen) {

    Session seen(Instant now) {
        return new Session(id, user, csrf, now);
    }
}
