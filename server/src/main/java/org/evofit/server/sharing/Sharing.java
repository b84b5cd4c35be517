package org.evofit.server.sharing;

import java.util.Collections;
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
 * @param unmatched  the names it was shared with that named no account when it was shared: listed to those who see
 *                   the shares exactly as {@code shares} are, so sharing does not tell which accounts exist, but
 *                   granting nothing, not even to an account made later with that name
 */
public record Sharing(String owner, boolean publicRead, Map<String, Level> shares, Map<String, Level> unmatched) {

    /** No one's project, shared with no one. */
    static final Sharing UNOWNED = new Sharing(null, false, Map.of(), Map.of());

    /** Keeps the shares sorted by name and unchangeable. */
    public Sharing {
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
        unmatched = Collections.unmodifiableMap(new TreeMap<>(unmatched));
    }

    /** A new project of {@code owner}, shared with no one. */
    static Sharing ownedBy(String owner) {
        return new Sharing(owner, false, Map.of(), Map.of());
    }

    /** What {@code requester} may do with the project. */
    Level levelOf(Requester requester) {
        if (requester.admin() || requester.user() != null && requester.user().equals(owner)) {
            return Level.OWN;
        }
        Level shared = requester.user() == null ? Level.NONE : shares.getOrDefault(requester.user(), Level.NONE);
        return publicRead && requester.user() != null && !shared.atLeast(Level.READ) ? Level.READ : shared;
    }

    /** The shares as they are shown: the real ones and the unmatched ones, alike, by name. */
    Map<String, Level> listed() {
        Map<String, Level> all = new TreeMap<>(unmatched);
        all.putAll(shares);
        return Collections.unmodifiableMap(all);
    }

    /**
     * This sharing with {@code user} at {@code level} ({@link Level#NONE} removes them); {@code exists} says
     * whether an account of that name exists (when not, the share is kept as unmatched).
     */
    Sharing sharedWith(String user, Level level, boolean exists) {
        Map<String, Level> changed = new TreeMap<>(shares);
        Map<String, Level> changedUnmatched = new TreeMap<>(unmatched);
        changed.remove(user);
        changedUnmatched.remove(user);
        if (level != Level.NONE) {
            (exists ? changed : changedUnmatched).put(user, level);
        }
        return new Sharing(owner, publicRead, changed, changedUnmatched);
    }

    /** This sharing with {@code user} as the owner, who is no longer among those it is shared with. */
    Sharing transferredTo(String user) {
        Map<String, Level> changed = new TreeMap<>(shares);
        Map<String, Level> changedUnmatched = new TreeMap<>(unmatched);
        changed.remove(user);
        changedUnmatched.remove(user);
        return new Sharing(user, publicRead, changed, changedUnmatched);
    }

    /** This sharing, public (read-only for every signed-in user) or not. */
    Sharing withPublic(boolean value) {
        return new Sharing(owner, value, shares, unmatched);
    }
}
