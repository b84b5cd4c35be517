package org.evofit.server.limits;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address a request came from, as limits count it and the audit log records it. Behind a proxy on this host
 * (nginx, as the Ansible role sets up) every request comes from the loopback address, so there the last address
 * of {@code X-Forwarded-For} counts: the one the proxy itself appended, which a client cannot forge (the entries
 * before it are the client's own words). From any other peer the header is ignored.
 */
final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !loopback(peer)) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return ADDRESS.matcher(last).matches() ? last : peer;
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
