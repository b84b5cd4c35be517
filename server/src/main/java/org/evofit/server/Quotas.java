package org.evofit.server;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.evofit.server.account.Role;

/**
 * The {@link Quota} of each role, changed as typed in {@code --quota guest.queued-runs=3}.
 *
 * @param byRole every role's quota
 */
public record Quotas(Map<Role, Quota> byRole) {

    /**
     * The defaults (SETUP.md's table): guests a taste, members a lab's daily work, admins far more. CPU seconds per
     * day: a guest one CPU hour, a member two days of CPU (a night's sweep on a few cores), an admin all 64 slots' day.
     */
    public static Quotas defaults() {
        Map<Role, Quota> q = new EnumMap<>(Role.class);
        q.put(Role.ADMIN, new Quota(64, 1000, 64L << 30, 4L << 30, 1_000_000_000L, 64L * 86_400));
        q.put(Role.MEMBER, new Quota(8, 100, 8L << 30, 256L << 20, 100_000_000L, 172_800L));
        q.put(Role.GUEST, new Quota(1, 3, 200L << 20, 20L << 20, 200_000L, 3_600L));
        return new Quotas(q);
    }

    /** Checks every role has one. */
    public Quotas {
        byRole = Map.copyOf(byRole);
        for (Role role : Role.values()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalArgumentException("no quota for role " + role.key());
            }
        }
    }

    /** The quota of {@code role}. */
    public Quota of(Role role) {
        return byRole.get(role);
    }

    /** These quotas with one changed, as typed: {@code guest.queued-runs=3}. */
    public Quotas with(String setting) {
        String[] parts = setting.split("[.=]", 3);
        String why = "--quota " + setting + ": expected ROLE.QUOTA=N with ROLE one of admin, member, guest and QUOTA "
                + "one of " + String.join(", ", Quota.NAMES);
        if (parts.length != 3 || !Arrays.asList(Quota.NAMES).contains(parts[1].trim())
                || !parts[2].trim().matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException(why);
        }
        Role role;
        try {
            role = Role.of(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(why, e);
        }
        Map<Role, Quota> changed = new EnumMap<>(byRole);
        try {
            changed.put(role, changed.get(role).with(parts[1].trim(), Long.parseLong(parts[2].trim())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--quota " + setting + ": " + e.getMessage(), e);
        }
        return new Quotas(changed);
    }
}
