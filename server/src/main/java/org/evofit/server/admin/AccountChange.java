package org.evofit.server.admin;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.ServiceException;
import org.evofit.server.account.Role;

/**
 * One change an admin asks of an account, from a form or a JSON object holding exactly one of {@code scripts}
 * ({@code true} or {@code false}), {@code disabled} ({@code true}) or {@code role} ({@code admin}, {@code member},
 * {@code guest}).
 *
 * @param field what changes: {@code scripts}, {@code disabled} or {@code role}
 * @param value its new value as sent
 */
record AccountChange(String field, String value) {

    private static final List<String> FIELDS = List.of("scripts", "disabled", "role");
    private static final String EXPECTED = "expected exactly one of scripts (true or false), disabled (true) or role "
            + "(admin, member or guest)";

    /** The audit log's name of this change ({@code account-scripts}, {@code account-disable}, {@code account-role}). */
    String event() {
        return field.equals("disabled") ? "account-disable" : "account-" + field;
    }

    /** Whether the change is one an admin may not make to their own account (it could leave no admin). */
    boolean locksOut() {
        return !field.equals("scripts");
    }

    /** The new value of {@code scripts} or {@code disabled}; anything but true or false is bad input. */
    boolean flag() {
        if (!value.equals("true") && !value.equals("false")) {
            throw ServiceException.badInput(field + " must be true or false, got '" + value + "'", null);
        }
        return Boolean.parseBoolean(value);
    }

    /** The new role; an unknown one is bad input naming the roles. */
    Role role() {
        try {
            return Role.of(value);
        } catch (IllegalArgumentException e) {
            throw ServiceException.badInput("role '" + value + "' is not a role: expected admin, member or guest", null);
        }
    }

    /** The change the request asks for; none, or more than one, is bad input saying what is expected. */
    static AccountChange of(Context ctx) {
        Map<String, String> given = new LinkedHashMap<>();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            ctx.bodyAsClass(Map.class).forEach((k, v) -> {
                if (FIELDS.contains(String.valueOf(k)) && v != null) {
                    given.put(String.valueOf(k), String.valueOf(v));
                }
            });
        } else {
            FIELDS.stream().filter(f -> ctx.formParam(f) != null).forEach(f -> given.put(f, ctx.formParam(f)));
        }
        if (given.size() != 1) {
            throw ServiceException.badInput("a change of an account: " + EXPECTED + ", got "
                    + (given.isEmpty() ? "none" : String.join(" and ", given.keySet())), null);
        }
        Map.Entry<String, String> only = given.entrySet().iterator().next();
        return new AccountChange(only.getKey(), only.getValue().strip());
    }
}
