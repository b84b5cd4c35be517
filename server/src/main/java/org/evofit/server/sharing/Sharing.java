package org.evofit.server.sharing;

import java.util.Map;
import java.util.TreeMap;
import org.evofit.server.access.Requester;

/**
 * Who a project belongs to and whom it is shared with.
 *
 * @param owner      the account that created it, or null for a project made before accounts (or by the single
 *                   user of a service without sign-in): such a project is seen by admins only, who may share it
 * @param publicRead whether every signed-in user may read it
 * @param shares     the users it is shared with, by name, at {@link Level#READ} or {@link Level#WRITE}
 */
public record Sharing(String owner, boolean publicRead, Map<String, Level> shares) {

    /** No one's project, shared with no one. */
    static final Sharing UNOWNED = new Sharing(null, false, Map.of());

    /** Keeps the shares sorted by name and unchangeable. */
    public Sharing {
        shares = java.util.Collections.unmodifiableMap(new TreeMap<>(shares));
    }

    /** A new project of {@code owner}, shared with no one. */
    static Sharing ownedBy(String owner) {
        return new Sharing(owner, false, Map.of());
    }

    /** What {@code requester} may do with the project. */
    Level levelOf(Requester requester) {
        if (requester.admin() || requester.user() != null && requester.user().equals(owner)) {
            return Level.OWN;
        }
        Level shared = requester.user() == null ? Level.NONE : shares.getOrDefault(requester.user(), Level.NONE);
        return publicRead && requester.user() != null && !shared.atLeast(Level.READ) ? Level.READ : shared;
    }

    /** This sharing with {@code user} at {@code level} ({@link Level#NONE} removes them). */
    Sharing sharedWith(String user, Level level) {
        Map<String, Level> changed = new TreeMap<>(shares);
        if (level == Level.NONE) {
            changed.remove(user);
        } else {
            changed.put(user, level);
        }
        return new Sharing(owner, publicRead, changed);
    }

    /** This sharing, public (read-only for every signed-in user) or not. */
    Sharing withPublic(boolean value) {
        return new Sharing(owner, value, shares);
    }
}
